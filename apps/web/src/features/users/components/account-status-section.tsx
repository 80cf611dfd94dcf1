import type { UserResponse } from '@bilikti/contracts';
import { useTranslation } from 'react-i18next';

import { FormAlert } from '../../../components/ui/form-alert';
import { useErrorMessage } from '../../../lib/error-message';
import { useUpdateUser } from '../hooks/use-update-user';

interface AccountStatusSectionProps {
  user: UserResponse;
}

/** Deactivation keeps the account and its history but ends its sessions and blocks sign-in. */
export function AccountStatusSection({ user }: AccountStatusSectionProps) {
  const { t } = useTranslation('users');
  const updateUser = useUpdateUser(user.id);
  const errorMessage = useErrorMessage();

  return (
    <section className="card" aria-labelledby="account-status">
      <h2 id="account-status">{t('status.title')}</h2>
      <FormAlert message={updateUser.error ? errorMessage(updateUser.error) : null} />
      <p>
        <span className={user.isActive ? 'status status--active' : 'status status--inactive'}>
          {user.isActive ? t('status.accountActive') : t('status.accountInactive')}
        </span>
      </p>
      <p className="field__hint">{user.isActive ? t('status.deactivateHint') : t('status.reactivateHint')}</p>
      <button
        type="button"
        className={user.isActive ? 'button button--danger' : 'button'}
        disabled={updateUser.isPending}
        onClick={() => updateUser.mutate({ isActive: !user.isActive })}
      >
        {user.isActive ? t('status.actions.deactivate') : t('status.actions.reactivate')}
      </button>
    </section>
  );
}
