import {
  ApiPath,
  type CourseListItem,
  type CourseResponse,
  type LessonViewResponse,
  type ListCoursesQuery,
  type Page,
  type ProviderResponse,
} from '@bilikti/contracts';

import { api } from '../../../lib/api-client';

export const listCatalogCourses = (query: ListCoursesQuery, signal?: AbortSignal) =>
  api.get<Page<CourseListItem>>(ApiPath.courses, { query: { ...query, scope: 'catalog' }, signal });

export const getCourse = (id: string, signal?: AbortSignal) => api.get<CourseResponse>(ApiPath.course(id), { signal });

export const getLesson = (id: string, signal?: AbortSignal) =>
  api.get<LessonViewResponse>(ApiPath.lesson(id), { signal });

export const listProviders = (signal?: AbortSignal) => api.get<ProviderResponse[]>(ApiPath.providers, { signal });
