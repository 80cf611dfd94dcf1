import type { LearnerProfile } from '@bilikti/contracts';
import { useTranslation } from 'react-i18next';

import { currentLocale } from '../../lib/i18n';
import { useParties, useRegions } from '../../lib/reference-data';

interface LearnerProfileDetailsProps {
  profile: LearnerProfile;
}

/** Read-only description of where a learner works, in the current language. */
export function LearnerProfileDetails({ profile }: LearnerProfileDetailsProps) {
  const { t, i18n } = useTranslation('common');
  const locale = currentLocale(i18n);
  const regions = useRegions();
  const parties = useParties();
  const region = regions.data?.find((item) => item.code === profile.regionCode);
  const party = profile.partyCode ? parties.data?.find((item) => item.code === profile.partyCode) : undefined;

  return (
    <dl className="details">
      <div>
        <dt>{t('profile.position')}</dt>
        <dd>{t(`positions.${profile.position}`)}</dd>
      </div>
      {profile.maslikhatLevel && (
        <div>
          <dt>{t('profile.maslikhatLevel')}</dt>
          <dd>{t(`maslikhatLevels.${profile.maslikhatLevel}`)}</dd>
        </div>
      )}
      <div>
        <dt>{t('profile.region')}</dt>
        <dd>{region ? region.name[locale] : regions.isPending ? t('states.loading') : profile.regionCode}</dd>
      </div>
      <div>
        <dt>{t('profile.organisation')}</dt>
        <dd>{profile.organisation}</dd>
      </div>
      <div>
        <dt>{t('profile.party')}</dt>
        <dd>
          {!profile.partyCode
            ? t('profile.nonPartisan')
            : party
              ? party.name[locale]
              : parties.isPending
                ? t('states.loading')
                : profile.partyCode}
        </dd>
      </div>
    </dl>
  );
}
