import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { MediaKind } from '@bilikti/contracts';
import type { CourseEntity } from '../../courses/entities/course.entity';
import type { UserEntity } from '../../users/entities/user.entity';

/**
 * An uploaded file. The bytes live in storage under `storageKey` (random, never the original name);
 * the kind and content type were recognised from the bytes. Once a published course version uses
 * the file, `published` is set and the file is kept for as long as that version exists.
 */
@Entity('media')
@Index('media_storage_key_key', ['storageKey'], { unique: true })
@Index('media_course_idx', ['courseId'], { where: 'course_id IS NOT NULL' })
@Check('media_kind_check', `kind IN ('image', 'video', 'pdf')`)
@Check('media_size_check', `size_bytes > 0`)
export class MediaEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: MediaKind;

  @Column({ name: 'content_type', type: 'text' })
  contentType: string;

  @Column({ name: 'size_bytes', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  sizeBytes: number;

  @Column({ name: 'original_name', type: 'text' })
  originalName: string;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey: string;

  @Column({ type: 'text' })
  sha256: string;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by', foreignKeyConstraintName: 'media_uploaded_by_fkey' })
  uploader?: UserEntity;

  /** The course the file was uploaded for; its authors may use and see it. */
  @Column({ name: 'course_id', type: 'uuid', nullable: true })
  courseId: string | null;

  @ManyToOne('CourseEntity', { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'media_course_id_fkey' })
  course?: CourseEntity | null;

  @Column({ type: 'boolean', default: false })
  published: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
