import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AttemptCloseReason, AttemptStatus, FeedbackPolicy } from '@bilikti/contracts';
import type { CourseVersionEntity } from '../../courses/entities/course-version.entity';
import type { CourseEntity } from '../../courses/entities/course.entity';
import type { EnrolmentEntity } from '../../learning/entities/enrolment.entity';
import type { UserEntity } from '../../users/entities/user.entity';

/**
 * One sitting of a quiz by a learner. The quiz's rules that decide the outcome (pass mark,
 * feedback policy, window) are copied at the start, and its questions into `attempt_items`, so
 * later edits to the course or the bank never change an attempt. The deadline is the server's.
 */
@Entity('attempts')
@Index('attempts_enrolment_lesson_number_key', ['enrolmentId', 'lessonId', 'number'], { unique: true })
@Index('attempts_one_open_key', ['enrolmentId', 'lessonId'], { unique: true, where: `status = 'in_progress'` })
@Index('attempts_lesson_idx', ['lessonId', 'startedAt'])
@Index('attempts_deadline_idx', ['deadlineAt'], { where: `status = 'in_progress' AND deadline_at IS NOT NULL` })
@Index('attempts_pending_idx', ['courseId', 'closedAt'], { where: `status = 'pending_grading'` })
@Check('attempts_status_check', `status IN ('in_progress', 'pending_grading', 'graded')`)
@Check('attempts_closed_by_check', `closed_by IN ('submitted', 'deadline')`)
@Check('attempts_feedback_check', `feedback IN ('none', 'after_submit', 'after_close')`)
@Check('attempts_closed_check', `(status = 'in_progress') = (closed_at IS NULL)`)
export class AttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'attempts_user_id_fkey' })
  user?: UserEntity;

  @Column({ name: 'enrolment_id', type: 'uuid' })
  enrolmentId: string;

  @ManyToOne('EnrolmentEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'attempts_enrolment_id_fkey' })
  enrolment?: EnrolmentEntity;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @ManyToOne('CourseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'attempts_course_id_fkey' })
  course?: CourseEntity;

  /** The course version the quiz was taken in. */
  @Column({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @ManyToOne('CourseVersionEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'attempts_version_id_fkey' })
  version?: CourseVersionEntity;

  @Column({ name: 'lesson_id', type: 'uuid' })
  lessonId: string;

  /** 1 for the learner's first attempt at this quiz. */
  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'text', default: 'in_progress' })
  status: AttemptStatus;

  @Column({ name: 'started_at', type: 'timestamptz', default: () => 'now()' })
  startedAt: Date;

  /** The earlier of the time limit and the end of the quiz's window; null when neither applies. */
  @Column({ name: 'deadline_at', type: 'timestamptz', nullable: true })
  deadlineAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'closed_by', type: 'text', nullable: true })
  closedBy: AttemptCloseReason | null;

  @Column({ name: 'graded_at', type: 'timestamptz', nullable: true })
  gradedAt: Date | null;

  @Column({ name: 'pass_percent', type: 'int' })
  passPercent: number;

  @Column({ type: 'text' })
  feedback: FeedbackPolicy;

  /** The end of the quiz's window when the attempt started (feedback `after_close` waits for it). */
  @Column({ name: 'available_until', type: 'timestamptz', nullable: true })
  availableUntil: Date | null;

  @Column({ name: 'question_count', type: 'int' })
  questionCount: number;

  @Column({ name: 'max_score', type: 'double precision' })
  maxScore: number;

  /** Points earned; set when the attempt closes, updated as essays are graded. */
  @Column({ type: 'double precision', nullable: true })
  score: number | null;

  @Column({ type: 'int', nullable: true })
  percent: number | null;

  /** null until every part is graded. */
  @Column({ type: 'boolean', nullable: true })
  passed: boolean | null;
}
