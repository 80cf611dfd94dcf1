import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { CourseEntity } from './course.entity';

/** A module of a course's draft (called `CourseModule` in the domain): an ordered group of lessons. */
@Entity('course_modules')
@Index('course_modules_course_position_idx', ['courseId', 'position'])
export class CourseModuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @ManyToOne('CourseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'course_modules_course_id_fkey' })
  course?: CourseEntity;

  @Column({ type: 'int' })
  position: number;

  @Column({ name: 'title_kk', type: 'text', default: '' })
  titleKk: string;

  @Column({ name: 'title_ru', type: 'text', default: '' })
  titleRu: string;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
