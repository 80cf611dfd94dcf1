import type { CourseResponse } from '@bilikti/contracts';
import { useTranslation } from 'react-i18next';

import { FormAlert } from '../../../components/ui/form-alert';
import { useErrorMessage } from '../../../lib/error-message';
import { useEnrol } from '../hooks/use-enrolment-mutations';

/** Above a lesson read without an enrolment: the content is a preview, and how to keep progress. */
export function EnrolPrompt({ course }: { course: CourseResponse }) {
  const { t } = useTranslation('learning');
  const errorMessage = useErrorMessage();
  const enrol = useEnrol(course.id);
  return (
    <aside className="enrol-prompt" aria-label={t('enrolment.title')}>
      <p>{course.selfEnrolment ? t('player.preview') : t('player.previewAssigned')}</p>
      {course.selfEnrolment && (
        <button
          type="button"
          className="button button--small"
          disabled={enrol.isPending}
          onClick={() => enrol.mutate()}
        >
          {enrol.isPending ? t('enrolment.enrolling') : t('enrolment.enrol')}
        </button>
      )}
      <FormAlert message={enrol.error ? errorMessage(enrol.error) : null} />
    </aside>
  );
}
