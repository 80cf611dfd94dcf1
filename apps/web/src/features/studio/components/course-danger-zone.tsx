import type { CourseDraftResponse } from '@bilikti/contracts';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { FormAlert } from '../../../components/ui/form-alert';
import { useErrorMessage } from '../../../lib/error-message';
import { paths } from '../../../lib/paths';
import { useDeleteCourse } from '../hooks/use-course-mutations';
import type { StudioPageState } from './studio-page';

interface CourseDangerZoneProps {
  draft: CourseDraftResponse;
}

/** A draft never published is deleted; a published course is archived (learners keep their records). */
export function CourseDangerZone({ draft }: CourseDangerZoneProps) {
  const { t } = useTranslation('studio');
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const deleteCourse = useDeleteCourse(draft.id);
  const archives = draft.publishedVersion !== null;
  if (draft.status === 'archived') return null;

  const onClick = () => {
    if (!window.confirm(archives ? t('editor.danger.confirmArchive') : t('editor.danger.confirmDelete'))) return;
    deleteCourse.mutate(undefined, {
      onSuccess: () =>
        void navigate(paths.studio, {
          state: { removed: archives ? 'archived' : 'deleted' } satisfies StudioPageState,
        }),
    });
  };

  return (
    <section className="card danger-zone" aria-labelledby="course-danger-title">
      <h2 id="course-danger-title">{archives ? t('editor.danger.archiveTitle') : t('editor.danger.deleteTitle')}</h2>
      <p className="field__hint">{archives ? t('editor.danger.archiveHint') : t('editor.danger.deleteHint')}</p>
      <FormAlert message={deleteCourse.error ? errorMessage(deleteCourse.error) : null} />
      <button type="button" className="button button--danger" onClick={onClick} disabled={deleteCourse.isPending}>
        {archives ? t('editor.danger.archive') : t('editor.danger.delete')}
      </button>
    </section>
  );
}
