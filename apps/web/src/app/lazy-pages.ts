import { lazy } from 'react';

// Each page is its own chunk: the first visit downloads only the shell and the page it opens.
export const SignInPage = lazy(() =>
  import('../features/auth/components/sign-in-page').then((module) => ({ default: module.SignInPage })),
);
export const HomePage = lazy(() =>
  import('../features/home/components/home-page').then((module) => ({ default: module.HomePage })),
);
export const ProfilePage = lazy(() =>
  import('../features/profile/components/profile-page').then((module) => ({ default: module.ProfilePage })),
);
export const UsersPage = lazy(() =>
  import('../features/users/components/users-page').then((module) => ({ default: module.UsersPage })),
);
export const CreateUserPage = lazy(() =>
  import('../features/users/components/create-user-page').then((module) => ({ default: module.CreateUserPage })),
);
export const EditUserPage = lazy(() =>
  import('../features/users/components/edit-user-page').then((module) => ({ default: module.EditUserPage })),
);
export const NotFoundPage = lazy(() => import('./not-found-page').then((module) => ({ default: module.NotFoundPage })));
