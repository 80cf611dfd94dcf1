/** Client-side routes of the SPA. */
export const paths = {
  home: '/',
  signIn: '/sign-in',
  profile: '/profile',
  users: '/admin/users',
  newUser: '/admin/users/new',
  user: (id: string) => `/admin/users/${encodeURIComponent(id)}`,
  providers: '/admin/providers',
  catalog: '/courses',
  course: (id: string) => `/courses/${encodeURIComponent(id)}`,
  courseLesson: (id: string, lessonId: string) =>
    `/courses/${encodeURIComponent(id)}/lessons/${encodeURIComponent(lessonId)}`,
  myLearning: '/learning',
  studio: '/studio',
  studioNewCourse: '/studio/new',
  studioCourse: (id: string) => `/studio/courses/${encodeURIComponent(id)}`,
  studioLesson: (id: string, lessonId: string) =>
    `/studio/courses/${encodeURIComponent(id)}/lessons/${encodeURIComponent(lessonId)}`,
  studioPreview: (id: string) => `/studio/courses/${encodeURIComponent(id)}/preview`,
  studioVersions: (id: string) => `/studio/courses/${encodeURIComponent(id)}/versions`,
  studioQuestions: (id: string) => `/studio/courses/${encodeURIComponent(id)}/questions`,
  studioLessonResults: (id: string, lessonId: string) =>
    `/studio/courses/${encodeURIComponent(id)}/lessons/${encodeURIComponent(lessonId)}/results`,
  studioGrading: '/studio/grading',
  studioAttempt: (id: string) => `/studio/attempts/${encodeURIComponent(id)}`,
  attempt: (id: string) => `/attempts/${encodeURIComponent(id)}`,
} as const;

/** Builds the sign-in URL that brings the user back to where they were going. */
export function signInPath(next: string): string {
  return next && next !== paths.home ? `${paths.signIn}?next=${encodeURIComponent(next)}` : paths.signIn;
}

/** Accepts only paths inside this app, so `?next=` cannot send the user to another site. */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return paths.home;
  if (next === paths.signIn || next.startsWith(`${paths.signIn}?`)) return paths.home;
  return next;
}
