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
export const ProvidersPage = lazy(() =>
  import('../features/providers/components/providers-page').then((module) => ({ default: module.ProvidersPage })),
);
export const CatalogPage = lazy(() =>
  import('../features/catalog/components/catalog-page').then((module) => ({ default: module.CatalogPage })),
);
export const CoursePage = lazy(() =>
  import('../features/catalog/components/course-page').then((module) => ({ default: module.CoursePage })),
);
export const LessonPage = lazy(() =>
  import('../features/catalog/components/lesson-page').then((module) => ({ default: module.LessonPage })),
);
export const MyLearningPage = lazy(() =>
  import('../features/catalog/components/my-learning-page').then((module) => ({ default: module.MyLearningPage })),
);
export const StudioPage = lazy(() =>
  import('../features/studio/components/studio-page').then((module) => ({ default: module.StudioPage })),
);
export const NewCoursePage = lazy(() =>
  import('../features/studio/components/new-course-page').then((module) => ({ default: module.NewCoursePage })),
);
export const CourseEditorPage = lazy(() =>
  import('../features/studio/components/course-editor-page').then((module) => ({ default: module.CourseEditorPage })),
);
export const LessonEditorPage = lazy(() =>
  import('../features/studio/components/lesson-editor-page').then((module) => ({ default: module.LessonEditorPage })),
);
export const CoursePreviewPage = lazy(() =>
  import('../features/studio/components/course-preview-page').then((module) => ({
    default: module.CoursePreviewPage,
  })),
);
export const VersionHistoryPage = lazy(() =>
  import('../features/studio/components/version-history-page').then((module) => ({
    default: module.VersionHistoryPage,
  })),
);
export const QuestionBankPage = lazy(() =>
  import('../features/studio/components/question-bank-page').then((module) => ({ default: module.QuestionBankPage })),
);
export const LessonResultsPage = lazy(() =>
  import('../features/grading/components/lesson-results-page').then((module) => ({
    default: module.LessonResultsPage,
  })),
);
export const GradingQueuePage = lazy(() =>
  import('../features/grading/components/grading-queue-page').then((module) => ({ default: module.GradingQueuePage })),
);
export const StudioAttemptPage = lazy(() =>
  import('./studio-attempt-route').then((module) => ({ default: module.StudioAttemptRoute })),
);
export const AttemptPage = lazy(() =>
  import('../features/assessment/components/attempt-page').then((module) => ({ default: module.AttemptPage })),
);
/** Not a page: the quiz inside an assessment lesson, its own chunk so the lesson route stays light. */
export const QuizPanel = lazy(() =>
  import('../features/assessment/components/quiz-panel').then((module) => ({ default: module.QuizPanel })),
);
export const NotFoundPage = lazy(() => import('./not-found-page').then((module) => ({ default: module.NotFoundPage })));
