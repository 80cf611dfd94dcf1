import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { CourseAuthorRole } from '@bilikti/contracts';
import type { UserEntity } from '../../users/entities/user.entity';
import type { CourseEntity } from './course.entity';

/** Who may change a course: one owner (who manages the others) and co-authors. */
@Entity('course_authors')
@Index('course_authors_user_idx', ['userId'])
@Index('course_authors_one_owner', ['courseId'], { unique: true, where: `role = 'owner'` })
@Check('course_authors_role_check', `role IN ('owner', 'coauthor')`)
export class CourseAuthorEntity {
  @PrimaryColumn({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne('CourseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'course_authors_course_id_fkey' })
  course?: CourseEntity;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'course_authors_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'text' })
  role: CourseAuthorRole;

  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' })
  addedAt: Date;
}
