import type { Bilingual, CourseDraftResponse, LessonResponse, LessonType, ModuleResponse } from '@bilikti/contracts';
import { useIsFetching, useMutation, useQueryClient } from '@tanstack/react-query';

import { createLesson, createModule, deleteLesson, deleteModule, updateLesson, updateModule } from '../api/studio-api';
import { moveLessonInDraft, moveModuleInDraft } from './outline-order';
import { studioQueryKeys } from './studio-query-keys';

interface MoveModule {
  module: ModuleResponse;
  position: number;
}

interface MoveLesson {
  lesson: LessonResponse;
  moduleId: string;
  position: number;
}

/**
 * Modules and lessons of one course. Every change refetches the draft afterwards, so the parity
 * meter and the versions of the moved siblings are the server's. Moves show at once (optimistic)
 * and roll back if the server refuses.
 */
export function useOutlineMutations(courseId: string) {
  const queryClient = useQueryClient();
  const key = studioQueryKeys.draft(courseId);
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });

  const optimistic = async (change: (draft: CourseDraftResponse) => CourseDraftResponse) => {
    await queryClient.cancelQueries({ queryKey: key });
    const previous = queryClient.getQueryData<CourseDraftResponse>(key);
    if (previous) queryClient.setQueryData(key, change(previous));
    return { previous };
  };
  // The answer's version goes into the cache at once, so a quick second move does not send a stale one.
  const replaceModule = (module: ModuleResponse) =>
    queryClient.setQueryData<CourseDraftResponse>(key, (draft) =>
      draft
        ? {
            ...draft,
            modules: draft.modules.map((item) =>
              item.id === module.id ? { ...item, ...module, lessons: item.lessons } : item,
            ),
          }
        : draft,
    );
  const replaceLesson = (lesson: LessonResponse) =>
    queryClient.setQueryData<CourseDraftResponse>(key, (draft) =>
      draft
        ? {
            ...draft,
            modules: draft.modules.map((module) => ({
              ...module,
              lessons: module.lessons.map((item) =>
                item.id === lesson.id ? { ...item, ...lesson, position: item.position } : item,
              ),
            })),
          }
        : draft,
    );
  const rollback = (_error: unknown, _variables: unknown, context: { previous?: CourseDraftResponse } | undefined) => {
    if (context?.previous) queryClient.setQueryData(key, context.previous);
  };

  const addModule = useMutation({
    mutationFn: (title: Bilingual) => createModule(courseId, { title }),
    onSettled: refresh,
  });

  const renameModule = useMutation({
    mutationFn: ({ module, title }: { module: ModuleResponse; title: Bilingual }) =>
      updateModule(module.id, { version: module.version, title }),
    onSettled: refresh,
  });

  const moveModule = useMutation({
    mutationFn: ({ module, position }: MoveModule) => updateModule(module.id, { version: module.version, position }),
    onMutate: ({ module, position }: MoveModule) =>
      optimistic((draft) => moveModuleInDraft(draft, module.id, position)),
    onError: rollback,
    onSuccess: replaceModule,
    onSettled: refresh,
  });

  const removeModule = useMutation({
    mutationFn: (module: ModuleResponse) => deleteModule(module.id),
    onSettled: refresh,
  });

  const addLesson = useMutation({
    mutationFn: ({ moduleId, type, title }: { moduleId: string; type: LessonType; title: Bilingual }) =>
      createLesson(moduleId, { type, title }),
    onSuccess: (lesson) => queryClient.setQueryData(studioQueryKeys.lesson(lesson.id), lesson),
    onSettled: refresh,
  });

  const moveLesson = useMutation({
    mutationFn: ({ lesson, moduleId, position }: MoveLesson) =>
      updateLesson(lesson.id, {
        version: lesson.version,
        position,
        ...(moduleId !== lesson.moduleId ? { moduleId } : {}),
      }),
    onMutate: ({ lesson, moduleId, position }: MoveLesson) =>
      optimistic((draft) => moveLessonInDraft(draft, lesson.id, moduleId, position)),
    onError: rollback,
    onSuccess: (lesson) => {
      replaceLesson(lesson);
      queryClient.setQueryData(studioQueryKeys.lesson(lesson.id), lesson);
    },
    onSettled: refresh,
  });

  const removeLesson = useMutation({
    mutationFn: (lesson: LessonResponse) => deleteLesson(lesson.id),
    onSuccess: (_result, lesson) => queryClient.removeQueries({ queryKey: studioQueryKeys.lesson(lesson.id) }),
    onSettled: refresh,
  });

  /** A move waits for the previous one and for the refetch after it: siblings' versions may have changed. */
  const refreshing = useIsFetching({ queryKey: key }) > 0;
  const moving = moveModule.isPending || moveLesson.isPending || refreshing;

  return { addModule, renameModule, moveModule, removeModule, addLesson, moveLesson, removeLesson, moving };
}
