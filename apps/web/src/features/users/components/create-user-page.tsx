import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { currentLocale } from '../../../lib/i18n';
import { paths } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCreateUser } from '../hooks/use-create-user';
import { UserForm } from './user-form';
import { emptyUserFormValues, toCreateUserRequest } from './user-form-values';

export function CreateUserPage() {
  const { t, i18n } = useTranslation('users');
  useDocumentTitle(t('create.title'));
  const navigate = useNavigate();
  const createUser = useCreateUser();

  return (
    <div className="page page--narrow">
      <p className="breadcrumb">
        <Link to={paths.users}>{t('actions.backToList')}</Link>
      </p>
      <h1>{t('create.title')}</h1>
      <UserForm
        mode="create"
        initialValues={emptyUserFormValues(currentLocale(i18n))}
        isPending={createUser.isPending}
        error={createUser.error}
        onSubmit={(values) =>
          createUser.mutate(toCreateUserRequest(values), {
            onSuccess: (user) => void navigate(paths.user(user.id), { state: { created: true } }),
          })
        }
      />
    </div>
  );
}
