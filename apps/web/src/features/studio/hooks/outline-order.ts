import type { CourseDraftResponse, LessonResponse, ModuleResponse } from '@bilikti/contracts';

/** Moves one item of a list to a new index, numbering positions again from 0. */
export function moveItem<T extends { position: number }>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next.map((item, position) => ({ ...item, position }));
}

export function moveModuleInDraft(draft: CourseDraftResponse, moduleId: string, to: number): CourseDraftResponse {
  const from = draft.modules.findIndex((module) => module.id === moduleId);
  if (from < 0) return draft;
  return { ...draft, modules: moveItem(draft.modules, from, to) };
}

/** Takes a lesson out of its module and puts it at `to` in `targetModuleId` (possibly the same module). */
export function moveLessonInDraft(
  draft: CourseDraftResponse,
  lessonId: string,
  targetModuleId: string,
  to: number,
): CourseDraftResponse {
  let lesson: LessonResponse | undefined;
  const without: ModuleResponse[] = draft.modules.map((module) => {
    const found = module.lessons.find((item) => item.id === lessonId);
    if (!found) return module;
    lesson = found;
    return { ...module, lessons: module.lessons.filter((item) => item.id !== lessonId) };
  });
  if (!lesson) return draft;
  const moved = { ...lesson, moduleId: targetModuleId };
  const modules = without.map((module) => {
    if (module.id !== targetModuleId) return module;
    const lessons = [...module.lessons];
    lessons.splice(Math.min(to, lessons.length), 0, moved);
    return { ...module, lessons: lessons.map((item, position) => ({ ...item, position })) };
  });
  return { ...draft, modules };
}
