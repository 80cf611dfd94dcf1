import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { LessonProgressStatus } from '@bilikti/contracts';
import type { EnrolmentEntity } from './enrolment.entity';

/**
 * A learner's progress in one lesson. Keyed by the lesson's id, which stays the same across
 * course versions, so progress carries over to a new version. Every column only ever grows.
 */
@Entity('lesson_progress')
@Check('lesson_progress_status_check', `status IN ('not_started', 'in_progress', 'completed')`)
@Check('lesson_progress_nonnegative', `time_spent_seconds >= 0 AND position_seconds >= 0`)
export class LessonProgressEntity {
  @PrimaryColumn({ name: 'enrolment_id', type: 'uuid' })
  enrolmentId: string;

  @PrimaryColumn({ name: 'lesson_id', type: 'uuid' })
  lessonId: string;

  @ManyToOne('EnrolmentEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'lesson_progress_enrolment_id_fkey' })
  enrolment?: EnrolmentEntity;

  @Column({ type: 'text', default: 'not_started' })
  status: LessonProgressStatus;

  @Column({ name: 'time_spent_seconds', type: 'int', default: 0 })
  timeSpentSeconds: number;

  @Column({ name: 'position_seconds', type: 'int', default: 0 })
  positionSeconds: number;

  @Column({ name: 'duration_seconds', type: 'int', nullable: true })
  durationSeconds: number | null;

  /** The stretches of a video seen, as a union of second ranges. */
  @Column({ type: 'int4multirange', default: () => "'{}'" })
  watched: string;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  /** When the learner marked the lesson done (text lessons, linked videos). */
  @Column({ name: 'marked_done_at', type: 'timestamptz', nullable: true })
  markedDoneAt: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** The report that completed the lesson (tells that report's statement it just did). */
  @Column({ name: 'completed_event_id', type: 'uuid', nullable: true })
  completedEventId: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
