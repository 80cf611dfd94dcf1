import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';

import { ErrorState } from '../../../components/ui/error-state';
import { FormStatus } from '../../../components/ui/form-alert';
import { LoadingState } from '../../../components/ui/loading-state';
import { formatDateTime } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useUpdateUser } from '../hooks/use-update-user';
import { useUser } from '../hooks/use-user';
import { AccountStatusSection } from './account-status-section';
import { ProviderDetail } from './provider-detail';
import { ResetPasswordForm } from './reset-password-form';
import { UserForm } from './user-form';
import { toUpdateUserRequest, userFormValuesOf } from './user-form-values';

export function EditUserPage() {
  const { t } = useTranslation('users');
  const { userId = '' } = useParams();
  const location = useLocation();
  const justCreated = (location.state as { created?: boolean } | null)?.created === true;
  const user = useUser(userId);
  const updateUser = useUpdateUser(userId);
  useDocumentTitle(user.data ? user.data.fullName : t('edit.title'));

  return (
    <div className="page page--narrow">
      <p className="breadcrumb">
        <Link to={paths.users}>{t('actions.backToList')}</Link>
      </p>
      {user.isPending ? (
        <>
          <h1>{t('edit.title')}</h1>
          <LoadingState />
        </>
      ) : user.isError ? (
        <>
          <h1>{t('edit.title')}</h1>
          <ErrorState error={user.error} onRetry={() => void user.refetch()} />
        </>
      ) : (
        <>
          <h1>{user.data.fullName}</h1>
          <FormStatus message={justCreated ? t('create.done') : null} />
          <dl className="details details--inline">
            <div>
              <dt>{t('edit.createdAt')}</dt>
              <dd>{formatDateTime(user.data.createdAt)}</dd>
            </div>
            <div>
              <dt>{t('edit.lastLoginAt')}</dt>
              <dd>{user.data.lastLoginAt ? formatDateTime(user.data.lastLoginAt) : t('edit.neverSignedIn')}</dd>
            </div>
            <ProviderDetail user={user.data} />
          </dl>
          <section className="card" aria-labelledby="edit-user-details">
            <h2 id="edit-user-details">{t('edit.sections.details')}</h2>
            <UserForm
              // The form keeps its own state after saving; a different user gets a fresh form.
              key={user.data.id}
              mode="edit"
              initialValues={userFormValuesOf(user.data)}
              isPending={updateUser.isPending}
              error={updateUser.error}
              onSubmit={(values) => updateUser.mutate(toUpdateUserRequest(values))}
            />
            <FormStatus message={updateUser.isSuccess ? t('edit.saved') : null} />
          </section>
          <AccountStatusSection user={user.data} />
          <ResetPasswordForm userId={user.data.id} />
        </>
      )}
    </div>
  );
}
