import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { EnrolmentSource, EnrolmentStatus } from '@bilikti/contracts';
import type { CourseVersionEntity } from '../../courses/entities/course-version.entity';
import type { CourseEntity } from '../../courses/entities/course.entity';
import type { UserEntity } from '../../users/entities/user.entity';

/**
 * A learner in a course, on one published version of it. One row per learner and course: leaving
 * and coming back reuses it, so progress is kept. The counters are kept up to date with progress.
 */
@Entity('enrolments')
@Index('enrolments_user_course_key', ['userId', 'courseId'], { unique: true })
@Index('enrolments_course_status_idx', ['courseId', 'status'])
@Index('enrolments_user_status_idx', ['userId', 'status'])
@Check('enrolments_status_check', `status IN ('active', 'completed', 'withdrawn')`)
@Check('enrolments_source_check', `source IN ('self', 'assignment')`)
@Check('enrolments_counts_check', `completed_lessons >= 0 AND completed_lessons <= total_lessons`)
export class EnrolmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'enrolments_user_id_fkey' })
  user?: UserEntity;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @ManyToOne('CourseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'enrolments_course_id_fkey' })
  course?: CourseEntity;

  /** The published version the learner is on. */
  @Column({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @ManyToOne('CourseVersionEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'enrolments_version_id_fkey' })
  version?: CourseVersionEntity;

  @Column({ type: 'text', default: 'active' })
  status: EnrolmentStatus;

  @Column({ type: 'text', default: 'self' })
  source: EnrolmentSource;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @CreateDateColumn({ name: 'enrolled_at', type: 'timestamptz' })
  enrolledAt: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ name: 'completed_lessons', type: 'int', default: 0 })
  completedLessons: number;

  @Column({ name: 'total_lessons', type: 'int', default: 0 })
  totalLessons: number;

  /** The lesson the learner was last in (to continue there). */
  @Column({ name: 'last_lesson_id', type: 'uuid', nullable: true })
  lastLessonId: string | null;

  @Column({ name: 'last_activity_at', type: 'timestamptz', nullable: true })
  lastActivityAt: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
