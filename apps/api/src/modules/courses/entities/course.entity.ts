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
import type { Audience, CourseStatus, Topic } from '@bilikti/contracts';
import type { MediaEntity } from '../../media/entities/media.entity';
import type { ProviderEntity } from '../../providers/entities/provider.entity';
import type { UserEntity } from '../../users/entities/user.entity';
import type { CourseVersionEntity } from './course-version.entity';

/**
 * The draft of a course: what authors edit. Learners never read these columns; they read the
 * snapshot of the published version (`publishedVersionId`). Every change anywhere in the course
 * (modules, lessons) bumps `draftRevision`; publishing records it in `publishedRevision`.
 */
@Entity('courses')
@Index('courses_code_key', ['code'], { unique: true })
@Index('courses_provider_idx', ['providerId'])
@Index('courses_status_idx', ['status'])
@Check('courses_audience_check', `audience IN ('deputies', 'rural_akims', 'both')`)
@Check('courses_status_check', `status IN ('draft', 'published', 'archived')`)
@Check('courses_academic_hours_check', `academic_hours BETWEEN 1 AND 500`)
export class CourseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Upper-case, unique. */
  @Column({ type: 'text' })
  code: string;

  @Column({ name: 'title_kk', type: 'text', default: '' })
  titleKk: string;

  @Column({ name: 'title_ru', type: 'text', default: '' })
  titleRu: string;

  @Column({ name: 'summary_kk', type: 'text', default: '' })
  summaryKk: string;

  @Column({ name: 'summary_ru', type: 'text', default: '' })
  summaryRu: string;

  @Column({ type: 'text' })
  audience: Audience;

  @Column({ name: 'academic_hours', type: 'int' })
  academicHours: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics: Topic[];

  @Column({ name: 'cover_media_id', type: 'uuid', nullable: true })
  coverMediaId: string | null;

  @ManyToOne('MediaEntity', { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'cover_media_id', foreignKeyConstraintName: 'courses_cover_media_id_fkey' })
  coverMedia?: MediaEntity | null;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  @ManyToOne('ProviderEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'courses_provider_id_fkey' })
  provider?: ProviderEntity;

  @Column({ type: 'text', default: 'draft' })
  status: CourseStatus;

  /** Folded code and titles of the draft, for the authors' search. */
  @Column({ name: 'search_text', type: 'text', default: '' })
  searchText: string;

  /** Both languages complete in the draft (kept up to date on every change). */
  @Column({ name: 'parity_complete', type: 'boolean', default: false })
  parityComplete: boolean;

  @Column({ name: 'draft_revision', type: 'int', default: 1 })
  draftRevision: number;

  @Column({ name: 'published_revision', type: 'int', nullable: true })
  publishedRevision: number | null;

  @Column({ name: 'published_version_id', type: 'uuid', nullable: true })
  publishedVersionId: string | null;

  @ManyToOne('CourseVersionEntity', { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'published_version_id', foreignKeyConstraintName: 'courses_published_version_id_fkey' })
  publishedVersion?: CourseVersionEntity | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'courses_created_by_fkey' })
  creator?: UserEntity;

  /** Learners may enrol themselves; otherwise only coordinators' assignments enrol them. */
  @Column({ name: 'self_enrolment', type: 'boolean', default: true })
  selfEnrolment: boolean;

  /** Optimistic lock for the course's own fields. */
  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
