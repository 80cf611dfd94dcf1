import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Audience, Locale, Topic } from '@bilikti/contracts';
import type { UserEntity } from '../../users/entities/user.entity';
import type { CourseSnapshot } from '../course-snapshot';
import type { CourseEntity } from './course.entity';

/**
 * An immutable published version of a course: the whole course as learners see it (`snapshot`),
 * and the catalog columns copied out of it so that the catalog is one indexed query.
 */
@Entity('course_versions')
@Index('course_versions_course_number_key', ['courseId', 'number'], { unique: true })
@Index('course_versions_provider_idx', ['providerId'])
@Check('course_versions_number_check', `number > 0`)
export class CourseVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @ManyToOne('CourseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'course_versions_course_id_fkey' })
  course?: CourseEntity;

  @Column({ type: 'int' })
  number: number;

  /** What changed in this version, in each language. */
  @Column({ name: 'change_note_kk', type: 'text' })
  changeNoteKk: string;

  @Column({ name: 'change_note_ru', type: 'text' })
  changeNoteRu: string;

  @Column({ name: 'published_by', type: 'uuid' })
  publishedBy: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'published_by', foreignKeyConstraintName: 'course_versions_published_by_fkey' })
  publisher?: UserEntity;

  @CreateDateColumn({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;

  @Column({ type: 'jsonb' })
  snapshot: CourseSnapshot;

  @Column({ type: 'text' })
  code: string;

  @Column({ name: 'title_kk', type: 'text' })
  titleKk: string;

  @Column({ name: 'title_ru', type: 'text' })
  titleRu: string;

  @Column({ name: 'summary_kk', type: 'text' })
  summaryKk: string;

  @Column({ name: 'summary_ru', type: 'text' })
  summaryRu: string;

  @Column({ type: 'text' })
  audience: Audience;

  @Column({ name: 'academic_hours', type: 'int' })
  academicHours: number;

  @Column({ type: 'text', array: true })
  topics: Topic[];

  @Column({ name: 'cover_media_id', type: 'uuid', nullable: true })
  coverMediaId: string | null;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  /** Languages the version is complete in. */
  @Column({ type: 'text', array: true })
  languages: Locale[];

  @Column({ name: 'module_count', type: 'int' })
  moduleCount: number;

  @Column({ name: 'lesson_count', type: 'int' })
  lessonCount: number;

  /** Folded code and titles in both languages, for the catalog search. */
  @Column({ name: 'search_text', type: 'text' })
  searchText: string;
}
