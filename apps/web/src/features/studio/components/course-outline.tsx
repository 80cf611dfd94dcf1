import {
  COURSE_LIMITS,
  ErrorCode,
  type CourseDraftResponse,
  type LessonResponse,
  type ModuleResponse,
} from '@bilikti/contracts';
import { closestCenter, DndContext, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { FormAlert } from '../../../components/ui/form-alert';
import { isApiError } from '../../../lib/api-client';
import { useErrorMessage } from '../../../lib/error-message';
import { currentLocale } from '../../../lib/i18n';
import { useOutlineMutations } from '../hooks/use-outline-mutations';
import { rowIndexOf, usePendingFocus } from '../hooks/use-pending-focus';
import { pickText, type LocalizedText } from './localized-text';
import { useOutlineSensors, useSortableAnnouncements } from './outline-dnd';
import { AddModuleForm } from './outline-forms';
import { OutlineModule } from './outline-module';

interface CourseOutlineProps {
  draft: CourseDraftResponse;
}

/**
 * Modules and their lessons, reordered by dragging (mouse, touch, or keyboard: Space, arrows,
 * Space) or with the up/down buttons. Each move is one PATCH with the new 0-based position.
 */
export function CourseOutline({ draft }: CourseOutlineProps) {
  const { t, i18n } = useTranslation('studio');
  const locale = currentLocale(i18n);
  const errorMessage = useErrorMessage();
  const mutations = useOutlineMutations(draft.id);
  const sensors = useOutlineSensors();
  const focusLater = usePendingFocus(draft);
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<unknown>(null);
  const modules = draft.modules;
  const moduleIds = modules.map((module) => module.id);
  const busy = mutations.moving;

  const moduleName = (module: ModuleResponse): LocalizedText =>
    pickText(module.title, locale) ?? {
      text: t('outline.untitledModule', { number: modules.indexOf(module) + 1 }),
      lang: locale,
    };
  const lessonName = (lesson: LessonResponse): LocalizedText =>
    pickText(lesson.title, locale) ?? { text: t('outline.untitledLesson'), lang: locale };

  const moduleAnnouncements = useSortableAnnouncements(
    moduleIds,
    (id) => {
      const module = modules.find((item) => item.id === id);
      return module ? moduleName(module).text : '';
    },
    {
      start: (name, position, total) => t('outline.dnd.module.start', { name, position, total }),
      over: (name, position, total) => t('outline.dnd.module.over', { name, position, total }),
      end: (name, position, total) => t('outline.dnd.module.end', { name, position, total }),
      cancel: (name) => t('outline.dnd.module.cancel', { name }),
    },
  );

  const fail = (failure: unknown) =>
    setError(isApiError(failure, ErrorCode.StaleVersion) ? t('outline.errors.stale') : errorMessage(failure));
  const start = () => {
    setError(null);
    setAnnouncement('');
  };

  // One move at a time: the next one needs the versions the server gives back.
  const moveModule = (module: ModuleResponse, position: number, focusIds: string[]) => {
    if (busy) return;
    if (position < 0 || position >= modules.length || position === modules.indexOf(module)) return;
    start();
    mutations.moveModule.mutate(
      { module, position },
      {
        onSuccess: () =>
          setAnnouncement(
            t('outline.module.moved', { name: moduleName(module).text, position: position + 1, total: modules.length }),
          ),
        onError: (failure) => {
          fail(failure);
          focusLater(focusIds);
        },
      },
    );
    // React moves the row in the DOM, which drops focus: give it back once the row is in place.
    focusLater(focusIds, () => rowIndexOf(`module-${module.id}`) === position);
  };

  const moveLesson = (lesson: LessonResponse, moduleId: string, position: number, focusIds: string[]) => {
    if (busy) return;
    start();
    const target = modules.find((module) => module.id === moduleId);
    mutations.moveLesson.mutate(
      { lesson, moduleId, position },
      {
        onSuccess: () =>
          setAnnouncement(
            moduleId === lesson.moduleId
              ? t('outline.lesson.moved', { name: lessonName(lesson).text, position: position + 1 })
              : t('outline.lesson.movedToModule', {
                  name: lessonName(lesson).text,
                  module: target ? moduleName(target).text : '',
                  position: position + 1,
                }),
          ),
        onError: (failure) => {
          fail(failure);
          focusLater(focusIds);
        },
      },
    );
    const link = `lesson-link-${lesson.id}`;
    focusLater(
      focusIds,
      () =>
        rowIndexOf(link) === position &&
        document.getElementById(link)?.closest('.outline-module')?.getAttribute('aria-labelledby') ===
          `module-${moduleId}`,
    );
  };

  /** Up and down buttons: within the module, or across its edge into the neighbouring module. */
  const stepLesson = (lesson: LessonResponse, direction: 'up' | 'down') => {
    const moduleIndex = modules.findIndex((module) => module.id === lesson.moduleId);
    const module = modules[moduleIndex];
    if (!module) return;
    const index = module.lessons.findIndex((item) => item.id === lesson.id);
    // The button may end up at an edge and disabled: then the other one takes focus.
    const other = direction === 'up' ? 'down' : 'up';
    const focusIds = [
      `move-lesson-${lesson.id}-${direction}`,
      `move-lesson-${lesson.id}-${other}`,
      `lesson-link-${lesson.id}`,
    ];
    const previous = modules[moduleIndex - 1];
    const next = modules[moduleIndex + 1];
    if (direction === 'up') {
      if (index > 0) moveLesson(lesson, module.id, index - 1, focusIds);
      else if (previous) moveLesson(lesson, previous.id, previous.lessons.length, focusIds);
    } else if (index < module.lessons.length - 1) moveLesson(lesson, module.id, index + 1, focusIds);
    else if (next) moveLesson(lesson, next.id, 0, focusIds);
  };

  const onModuleDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const module = modules.find((item) => item.id === active.id);
    if (module) moveModule(module, moduleIds.indexOf(String(over.id)), [`drag-module-${module.id}`]);
  };

  const deleteModule = (module: ModuleResponse) => {
    const name = moduleName(module).text;
    if (!window.confirm(t('outline.module.confirmDelete', { name, count: module.lessons.length }))) return;
    start();
    mutations.removeModule.mutate(module, {
      onSuccess: () => {
        setAnnouncement(t('outline.module.deleted', { name }));
        focusLater(['course-outline-title']);
      },
      onError: fail,
    });
  };

  const deleteLesson = (lesson: LessonResponse) => {
    const name = lessonName(lesson).text;
    if (!window.confirm(t('outline.lesson.confirmDelete', { name }))) return;
    start();
    mutations.removeLesson.mutate(lesson, {
      onSuccess: () => {
        setAnnouncement(t('outline.lesson.deleted', { name }));
        focusLater([`module-${lesson.moduleId}`]);
      },
      onError: fail,
    });
  };

  return (
    <section className="card outline" aria-labelledby="course-outline-title">
      <h2 id="course-outline-title" tabIndex={-1}>
        {t('outline.title')}
      </h2>
      <p className="field__hint">{t('outline.hint')}</p>
      <FormAlert message={typeof error === 'string' ? error : null} />
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {modules.length === 0 ? (
        <p className="empty-state">{t('outline.noModules')}</p>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onModuleDragEnd}
          accessibility={{
            screenReaderInstructions: { draggable: t('outline.dnd.instructions') },
            announcements: moduleAnnouncements,
          }}
        >
          <SortableContext items={moduleIds} strategy={verticalListSortingStrategy}>
            <ol className="outline-modules" aria-busy={busy || undefined}>
              {modules.map((module, index) => (
                <OutlineModule
                  key={module.id}
                  module={module}
                  index={index}
                  count={modules.length}
                  name={moduleName(module)}
                  courseId={draft.id}
                  lessonName={lessonName}
                  isFirstModule={index === 0}
                  isLastModule={index === modules.length - 1}
                  onMove={(direction) => {
                    const other = direction === 'up' ? 'down' : 'up';
                    moveModule(module, direction === 'up' ? index - 1 : index + 1, [
                      `move-module-${module.id}-${direction}`,
                      `move-module-${module.id}-${other}`,
                      `module-${module.id}`,
                    ]);
                  }}
                  onRename={(title, done) => {
                    start();
                    mutations.renameModule.mutate(
                      { module, title },
                      {
                        onSuccess: () => {
                          done();
                          setAnnouncement(t('outline.module.renamed'));
                          focusLater([`module-${module.id}`]);
                        },
                      },
                    );
                  }}
                  renamePending={mutations.renameModule.isPending}
                  renameError={
                    mutations.renameModule.variables?.module.id === module.id ? mutations.renameModule.error : null
                  }
                  onDelete={() => deleteModule(module)}
                  onAddLesson={(type, title, done) => {
                    start();
                    mutations.addLesson.mutate(
                      { moduleId: module.id, type, title },
                      {
                        onSuccess: (lesson) => {
                          done();
                          setAnnouncement(t('outline.lesson.added', { name: lessonName(lesson).text }));
                          focusLater([`lesson-link-${lesson.id}`]);
                        },
                      },
                    );
                  }}
                  addLessonPending={mutations.addLesson.isPending}
                  addLessonError={
                    mutations.addLesson.variables?.moduleId === module.id ? mutations.addLesson.error : null
                  }
                  onMoveLesson={stepLesson}
                  onDropLesson={(lesson, position) =>
                    moveLesson(lesson, module.id, position, [`drag-lesson-${lesson.id}`])
                  }
                  onDeleteLesson={deleteLesson}
                />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      )}
      <AddModuleForm
        pending={mutations.addModule.isPending}
        error={mutations.addModule.error}
        disabled={modules.length >= COURSE_LIMITS.modulesMax}
        onAdd={(title, done) => {
          start();
          mutations.addModule.mutate(title, {
            onSuccess: (module) => {
              done();
              setAnnouncement(t('outline.module.added', { name: pickText(module.title, locale)?.text ?? '' }));
              focusLater([`module-${module.id}`]);
            },
          });
        }}
      />
    </section>
  );
}
