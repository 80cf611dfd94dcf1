import type { UpdateLessonRequest } from '@bilikti/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { getLessonDraft, updateLesson } from '../api/studio-api';
import { studioQueryKeys } from './studio-query-keys';

export function useLessonDraft(id: string) {
  return useQuery({
    queryKey: studioQueryKeys.lesson(id),
    queryFn: ({ signal }) => getLessonDraft(id, signal),
    staleTime: 5_000,
  });
}

export function useUpdateLesson(id: string, courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateLessonRequest) => updateLesson(id, body),
    onSuccess: (lesson) => {
      queryClient.setQueryData(studioQueryKeys.lesson(id), lesson);
      // The course's parity and "unpublished changes" follow every lesson edit.
      void queryClient.invalidateQueries({ queryKey: studioQueryKeys.draft(courseId) });
      void queryClient.invalidateQueries({ queryKey: studioQueryKeys.myLists() });
    },
  });
}
