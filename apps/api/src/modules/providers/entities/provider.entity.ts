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
import type { MediaEntity } from '../../media/entities/media.entity';

/** An organisation that owns courses: the Academy, a party's training school, a professional union. */
@Entity('providers')
@Index('providers_name_ru_key', ['nameRu'], { unique: true })
@Index('providers_name_kk_key', ['nameKk'], { unique: true })
export class ProviderEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'name_kk', type: 'text' })
  nameKk: string;

  @Column({ name: 'name_ru', type: 'text' })
  nameRu: string;

  @Column({ name: 'logo_media_id', type: 'uuid', nullable: true })
  logoMediaId: string | null;

  @ManyToOne('MediaEntity', { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'logo_media_id', foreignKeyConstraintName: 'providers_logo_media_id_fkey' })
  logoMedia?: MediaEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
