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
import type { QuestionContent, QuestionType } from '@bilikti/contracts';
import type { CourseEntity } from '../../courses/entities/course.entity';
import type { UserEntity } from '../../users/entities/user.entity';

/**
 * A question in a course's bank. The type-specific part (options, keys, rubric) is `content`,
 * validated by the API before it is stored. Deleting takes a question out of the bank
 * (`deletedAt`); attempts keep their own snapshot of the questions they asked.
 */
@Entity('questions')
@Index('questions_course_idx', ['courseId'], { where: 'deleted_at IS NULL' })
@Check(
  'questions_type_check',
  `type IN ('single_choice', 'multiple_choice', 'true_false', 'matching', 'ordering', 'short_answer', 'numeric', 'essay')`,
)
@Check('questions_points_check', `points > 0`)
export class QuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @ManyToOne('CourseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'questions_course_id_fkey' })
  course?: CourseEntity;

  @Column({ type: 'text' })
  type: QuestionType;

  @Column({ name: 'prompt_kk', type: 'text', default: '' })
  promptKk: string;

  @Column({ name: 'prompt_ru', type: 'text', default: '' })
  promptRu: string;

  @Column({ name: 'explanation_kk', type: 'text', default: '' })
  explanationKk: string;

  @Column({ name: 'explanation_ru', type: 'text', default: '' })
  explanationRu: string;

  @Column({ type: 'double precision' })
  points: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ name: 'competency_codes', type: 'text', array: true, default: () => "'{}'" })
  competencyCodes: string[];

  @Column({ type: 'jsonb' })
  content: QuestionContent;

  /** Folded prompts, for the bank's search. */
  @Column({ name: 'search_text', type: 'text', default: '' })
  searchText: string;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'questions_created_by_fkey' })
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
