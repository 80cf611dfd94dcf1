import {
  COURSE_LIMITS,
  type Bilingual,
  type LessonResponse,
  type LessonType,
  type ModuleResponse,
} from '@bilikti/contracts';
import { closestCenter, DndContext, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { LocalizedText } from './localized-text';
import { useOutlineSensors, useSortableAnnouncements } from './outline-dnd';
import { AddLessonForm, RenameModuleForm } from './outline-forms';
import { OutlineLesson } from './outline-lesson';

interface OutlineModuleProps {
  module: ModuleResponse;
  index: number;
  count: number;
  name: LocalizedText;
  courseId: string;
  lessonName: (lesson: LessonResponse) => LocalizedText;
  isFirstModule: boolean;
  isLastModule: boolean;
  onMove: (direction: 'up' | 'down') => void;
  onRename: (title: Bilingual, done: () => void) => void;
  renamePending: boolean;
  renameError: unknown;
  onDelete: () => void;
  onAddLesson: (type: LessonType, title: Bilingual, done: () => void) => void;
  addLessonPending: boolean;
  addLessonError: unknown;
  onMoveLesson: (lesson: LessonResponse, direction: 'up' | 'down') => void;
  onDropLesson: (lesson: LessonResponse, position: number) => void;
  onDeleteLesson: (lesson: LessonResponse) => void;
}

export function OutlineModule(props: OutlineModuleProps) {
  const { module, index, count, name, courseId, lessonName } = props;
  const { t } = useTranslation('studio');
  const [renaming, setRenaming] = useState(false);
  const sensors = useOutlineSensors();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: module.id,
    attributes: { roleDescription: t('outline.dnd.roleDescription') },
  });
  const lessonIds = module.lessons.map((lesson) => lesson.id);
  const lessonNames = new Map(module.lessons.map((lesson) => [lesson.id, lessonName(lesson).text]));
  const announcements = useSortableAnnouncements(lessonIds, (id) => lessonNames.get(id) ?? '', {
    start: (item, position, total) => t('outline.dnd.lesson.start', { name: item, position, total }),
    over: (item, position, total) => t('outline.dnd.lesson.over', { name: item, position, total }),
    end: (item, position, total) => t('outline.dnd.lesson.end', { name: item, position, total }),
    cancel: (item) => t('outline.dnd.lesson.cancel', { name: item }),
  });

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const lesson = module.lessons.find((item) => item.id === active.id);
    const position = lessonIds.indexOf(String(over.id));
    if (lesson && position >= 0) props.onDropLesson(lesson, position);
  };

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={isDragging ? 'card outline-module outline-module--dragging' : 'card outline-module'}
      aria-labelledby={`module-${module.id}`}
    >
      <div className="outline__row">
        <button
          ref={setActivatorNodeRef}
          id={`drag-module-${module.id}`}
          type="button"
          className="drag-handle"
          {...attributes}
          {...listeners}
          aria-label={t('outline.module.drag', { name: name.text })}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <h3 id={`module-${module.id}`} tabIndex={-1} className="outline-module__title">
          <span className="outline-module__number">{t('outline.module.number', { number: index + 1 })}</span>{' '}
          <span lang={name.lang}>{name.text}</span>
        </h3>
        <div className="outline__actions">
          <button
            id={`move-module-${module.id}-up`}
            type="button"
            className="button button--secondary button--small"
            disabled={index === 0}
            onClick={() => props.onMove('up')}
            aria-label={t('outline.module.moveUp', { name: name.text })}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            id={`move-module-${module.id}-down`}
            type="button"
            className="button button--secondary button--small"
            disabled={index === count - 1}
            onClick={() => props.onMove('down')}
            aria-label={t('outline.module.moveDown', { name: name.text })}
          >
            <span aria-hidden="true">↓</span>
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            aria-expanded={renaming}
            onClick={() => setRenaming((value) => !value)}
            aria-label={t('outline.module.rename', { name: name.text })}
          >
            {t('outline.module.renameShort')}
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={props.onDelete}
            aria-label={t('outline.module.delete', { name: name.text })}
          >
            {t('common.delete')}
          </button>
        </div>
      </div>
      {renaming && (
        <RenameModuleForm
          moduleId={module.id}
          initial={module.title}
          pending={props.renamePending}
          error={props.renameError}
          onRename={(title) => props.onRename(title, () => setRenaming(false))}
          onCancel={() => {
            setRenaming(false);
            document.getElementById(`module-${module.id}`)?.focus();
          }}
        />
      )}
      {module.lessons.length === 0 ? (
        <p className="field__hint">{t('outline.noLessons')}</p>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{
            screenReaderInstructions: { draggable: t('outline.dnd.instructions') },
            announcements,
          }}
        >
          <SortableContext items={lessonIds} strategy={verticalListSortingStrategy}>
            <ol className="outline-lessons" aria-label={t('outline.lessonsOf', { name: name.text })}>
              {module.lessons.map((lesson, lessonIndex) => (
                <OutlineLesson
                  key={lesson.id}
                  lesson={lesson}
                  name={lessonName(lesson)}
                  courseId={courseId}
                  canMoveUp={lessonIndex > 0 || !props.isFirstModule}
                  canMoveDown={lessonIndex < module.lessons.length - 1 || !props.isLastModule}
                  onMove={(direction) => props.onMoveLesson(lesson, direction)}
                  onDelete={() => props.onDeleteLesson(lesson)}
                />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      )}
      <AddLessonForm
        moduleId={module.id}
        pending={props.addLessonPending}
        error={props.addLessonError}
        disabled={module.lessons.length >= COURSE_LIMITS.lessonsPerModuleMax}
        onAdd={props.onAddLesson}
      />
    </li>
  );
}
