import {
  ApiPath,
  type AddCourseAuthorRequest,
  type CourseAuthorResponse,
  type CourseDraftResponse,
  type CourseListItem,
  type CourseVersionResponse,
  type CreateCourseRequest,
  type CreateLessonRequest,
  type CreateModuleRequest,
  type LessonResponse,
  type ListCoursesQuery,
  type MediaLimits,
  type ModuleResponse,
  type Page,
  type ProviderResponse,
  type PublishCourseRequest,
  type UpdateCourseRequest,
  type UpdateLessonRequest,
  type UpdateModuleRequest,
} from '@bilikti/contracts';

import { api, apiRequest, NetworkError } from '../../../lib/api-client';
import { studioApiErrorOf } from './studio-error';

export const listMyCourses = (query: ListCoursesQuery, signal?: AbortSignal) =>
  api.get<Page<CourseListItem>>(ApiPath.courses, { query: { ...query, scope: 'mine' }, signal });

export const getCourseDraft = (id: string, signal?: AbortSignal) =>
  api.get<CourseDraftResponse>(ApiPath.course(id), { query: { view: 'draft' }, signal });

export const createCourse = (body: CreateCourseRequest) => api.post<CourseDraftResponse>(ApiPath.courses, body);

export const updateCourse = (id: string, body: UpdateCourseRequest) =>
  api.patch<CourseDraftResponse>(ApiPath.course(id), body);

/** A never-published draft is deleted; a published course is archived. */
export const deleteCourse = (id: string) => apiRequest<void>('DELETE', ApiPath.course(id));

/**
 * Not through the shared client: a 422 `courses.incomplete` carries the parity gaps in its body,
 * which the publish dialog shows.
 */
export async function publishCourse(id: string, body: PublishCourseRequest): Promise<CourseVersionResponse> {
  let response: Response;
  try {
    response = await fetch(ApiPath.coursePublish(id), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch (error) {
    throw new NetworkError(error);
  }
  const text = await response.text();
  if (!response.ok) throw studioApiErrorOf(response.status, text);
  return JSON.parse(text) as CourseVersionResponse;
}

export const listCourseVersions = (id: string, signal?: AbortSignal) =>
  api.get<CourseVersionResponse[]>(ApiPath.courseVersions(id), { signal });

export const addCourseAuthor = (courseId: string, body: AddCourseAuthorRequest) =>
  api.post<CourseAuthorResponse[]>(ApiPath.courseAuthors(courseId), body);

export const removeCourseAuthor = (courseId: string, userId: string) =>
  apiRequest<CourseAuthorResponse[]>('DELETE', ApiPath.courseAuthor(courseId, userId));

export const createModule = (courseId: string, body: CreateModuleRequest) =>
  api.post<ModuleResponse>(ApiPath.courseModules(courseId), body);

export const updateModule = (id: string, body: UpdateModuleRequest) =>
  api.patch<ModuleResponse>(ApiPath.module(id), body);

export const deleteModule = (id: string) => apiRequest<void>('DELETE', ApiPath.module(id));

export const createLesson = (moduleId: string, body: CreateLessonRequest) =>
  api.post<LessonResponse>(ApiPath.moduleLessons(moduleId), body);

export const getLessonDraft = (id: string, signal?: AbortSignal) =>
  api.get<LessonResponse>(ApiPath.lesson(id), { query: { view: 'draft' }, signal });

export const updateLesson = (id: string, body: UpdateLessonRequest) =>
  api.patch<LessonResponse>(ApiPath.lesson(id), body);

export const deleteLesson = (id: string) => apiRequest<void>('DELETE', ApiPath.lesson(id));

export const listProviders = (signal?: AbortSignal) => api.get<ProviderResponse[]>(ApiPath.providers, { signal });

export const getMediaLimits = (signal?: AbortSignal) => api.get<MediaLimits>(ApiPath.mediaLimits, { signal });
