import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { LessonType } from '@bilikti/contracts';
import type { SnapshotLesson } from '../course-snapshot';
import type { CourseVersionEntity } from './course-version.entity';

/** How a lesson of a published version counts as done. */
export type CompletionRule = 'mark_done' | 'open' | 'watch' | 'assessment';

/**
 * The lessons of a published version, one row each, written when the version is published: so
 * that opening a lesson, and checking a progress report against the learner's version, read one
 * indexed row instead of the whole snapshot.
 */
@Entity('course_version_lessons')
@Index('course_version_lessons_lesson_idx', ['lessonId'])
@Check('course_version_lessons_completion_check', `completion IN ('mark_done', 'open', 'watch', 'assessment')`)
export class CourseVersionLessonEntity {
  @PrimaryColumn({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @PrimaryColumn({ name: 'lesson_id', type: 'uuid' })
  lessonId: string;

  @ManyToOne('CourseVersionEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'course_version_lessons_version_id_fkey' })
  version?: CourseVersionEntity;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @Column({ name: 'module_id', type: 'uuid' })
  moduleId: string;

  /** Place in the whole course, 0-based. */
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  type: LessonType;

  @Column({ type: 'text' })
  completion: CompletionRule;

  @Column({ type: 'jsonb' })
  lesson: SnapshotLesson;
}
