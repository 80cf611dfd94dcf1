import type {
  CourseDraftResponse,
  CreateCourseRequest,
  PublishCourseRequest,
  UpdateCourseRequest,
} from '@bilikti/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import {
  addCourseAuthor,
  createCourse,
  deleteCourse,
  publishCourse,
  removeCourseAuthor,
  updateCourse,
} from '../api/studio-api';
import { studioQueryKeys } from './studio-query-keys';

export function useCreateCourse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCourseRequest) => createCourse(body),
    onSuccess: (draft) => {
      queryClient.setQueryData(studioQueryKeys.draft(draft.id), draft);
      void queryClient.invalidateQueries({ queryKey: studioQueryKeys.myLists() });
    },
  });
}

export function useUpdateCourse(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateCourseRequest) => updateCourse(id, body),
    onSuccess: (draft) => {
      queryClient.setQueryData(studioQueryKeys.draft(id), draft);
      void queryClient.invalidateQueries({ queryKey: studioQueryKeys.myLists() });
    },
  });
}

export function useDeleteCourse(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteCourse(id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: studioQueryKeys.draft(id) });
      void queryClient.invalidateQueries({ queryKey: studioQueryKeys.courses });
    },
  });
}

export function usePublishCourse(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PublishCourseRequest) => publishCourse(id, body),
    // The catalog, the author's list, the draft's state and the history all change.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: studioQueryKeys.courses }),
    // A refusal means the meter on the page was out of date.
    onError: () => void queryClient.invalidateQueries({ queryKey: studioQueryKeys.draft(id) }),
  });
}

/** Adding and removing authors answer with the new list, which goes straight into the draft. */
export function useCourseAuthors(courseId: string) {
  const queryClient = useQueryClient();
  const key = studioQueryKeys.draft(courseId);
  const onSuccess = (authors: CourseDraftResponse['authors']) => {
    queryClient.setQueryData<CourseDraftResponse>(key, (draft) => (draft ? { ...draft, authors } : draft));
    void queryClient.invalidateQueries({ queryKey: key });
  };
  const add = useMutation({ mutationFn: (email: string) => addCourseAuthor(courseId, { email }), onSuccess });
  const remove = useMutation({ mutationFn: (userId: string) => removeCourseAuthor(courseId, userId), onSuccess });
  return { add, remove };
}
