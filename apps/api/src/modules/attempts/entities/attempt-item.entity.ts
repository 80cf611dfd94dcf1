import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { AnswerValue, Bilingual, QuestionContent, QuestionType } from '@bilikti/contracts';
import type { AttemptEntity } from './attempt.entity';

/** The order an attempt shows a question's options, items or right-hand sides in. */
export interface ItemPresentation {
  order: string[];
}

/**
 * One question of an attempt: a copy of the question as it was when the attempt started (with its
 * key, which stays on the server until the feedback policy allows), the learner's latest answer,
 * and its score. `revision` orders saves from the device, so a late older save never wins.
 */
@Entity('attempt_items')
@Index('attempt_items_question_idx', ['questionId'])
export class AttemptItemEntity {
  @PrimaryColumn({ name: 'attempt_id', type: 'uuid' })
  attemptId: string;

  @PrimaryColumn({ name: 'question_id', type: 'uuid' })
  questionId: string;

  @ManyToOne('AttemptEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attempt_id', foreignKeyConstraintName: 'attempt_items_attempt_id_fkey' })
  attempt?: AttemptEntity;

  /** 1-based place in the attempt. */
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  type: QuestionType;

  @Column({ type: 'double precision' })
  points: number;

  @Column({ type: 'jsonb' })
  prompt: Bilingual;

  @Column({ type: 'jsonb' })
  explanation: Bilingual;

  @Column({ type: 'jsonb' })
  content: QuestionContent;

  @Column({ type: 'jsonb' })
  presentation: ItemPresentation;

  @Column({ type: 'jsonb', nullable: true })
  answer: AnswerValue | null;

  @Column({ type: 'int', default: 0 })
  revision: number;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  /** Points earned; null until graded (essays wait for an instructor). */
  @Column({ type: 'double precision', nullable: true })
  score: number | null;

  @Column({ name: 'rubric_scores', type: 'jsonb', nullable: true })
  rubricScores: Record<string, number> | null;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ name: 'graded_by', type: 'uuid', nullable: true })
  gradedBy: string | null;

  @Column({ name: 'graded_at', type: 'timestamptz', nullable: true })
  gradedAt: Date | null;
}
