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
import type { LessonType, QuizSettings } from '@bilikti/contracts';
import type { MediaEntity } from '../../media/entities/media.entity';
import type { CourseModuleEntity } from './course-module.entity';
import type { CourseEntity } from './course.entity';

/**
 * A lesson of a course's draft. Its id is kept in every published version, so learners' progress
 * follows the lesson across versions. Each language has its own body, file and link.
 */
@Entity('lessons')
@Index('lessons_module_position_idx', ['moduleId', 'position'])
@Index('lessons_course_idx', ['courseId'])
@Index('lessons_media_kk_idx', ['mediaKkId'], { where: 'media_kk_id IS NOT NULL' })
@Index('lessons_media_ru_idx', ['mediaRuId'], { where: 'media_ru_id IS NOT NULL' })
@Check('lessons_type_check', `type IN ('text', 'video', 'document', 'assessment')`)
export class LessonEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'module_id', type: 'uuid' })
  moduleId: string;

  @ManyToOne('CourseModuleEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'lessons_module_id_fkey' })
  module?: CourseModuleEntity;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @ManyToOne('CourseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'lessons_course_id_fkey' })
  course?: CourseEntity;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  type: LessonType;

  @Column({ name: 'title_kk', type: 'text', default: '' })
  titleKk: string;

  @Column({ name: 'title_ru', type: 'text', default: '' })
  titleRu: string;

  @Column({ name: 'body_kk', type: 'text', default: '' })
  bodyKk: string;

  @Column({ name: 'body_ru', type: 'text', default: '' })
  bodyRu: string;

  @Column({ name: 'media_kk_id', type: 'uuid', nullable: true })
  mediaKkId: string | null;

  @ManyToOne('MediaEntity', { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'media_kk_id', foreignKeyConstraintName: 'lessons_media_kk_id_fkey' })
  mediaKk?: MediaEntity | null;

  @Column({ name: 'media_ru_id', type: 'uuid', nullable: true })
  mediaRuId: string | null;

  @ManyToOne('MediaEntity', { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'media_ru_id', foreignKeyConstraintName: 'lessons_media_ru_id_fkey' })
  mediaRu?: MediaEntity | null;

  @Column({ name: 'external_url_kk', type: 'text', nullable: true })
  externalUrlKk: string | null;

  @Column({ name: 'external_url_ru', type: 'text', nullable: true })
  externalUrlRu: string | null;

  @Column({ name: 'duration_minutes', type: 'int', nullable: true })
  durationMinutes: number | null;

  @Column({ name: 'needs_review_kk', type: 'boolean', default: false })
  needsReviewKk: boolean;

  @Column({ name: 'needs_review_ru', type: 'boolean', default: false })
  needsReviewRu: boolean;

  /** Assessment lessons: the quiz's questions and rules (null until set up). */
  @Column({ type: 'jsonb', nullable: true })
  quiz: QuizSettings | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
