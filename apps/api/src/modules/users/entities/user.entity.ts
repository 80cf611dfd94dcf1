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
import { PartyEntity } from '../../reference/entities/party.entity';
import { RegionEntity } from '../../reference/entities/region.entity';
import type { Locale, MaslikhatLevel, Position, Role } from '@bilikti/contracts';
import type { ProviderEntity } from '../../providers/entities/provider.entity';

/**
 * A person with an account. Learner fields (position, region, …) live on the same row so that
 * every list of people can be narrowed by region, position and party without a join.
 */
@Entity('users')
@Index('users_email_key', ['email'], { unique: true })
@Index('users_region_position_idx', ['regionCode', 'position'])
// GIN on roles: declared in the migration; TypeORM cannot describe the index method.
@Index('users_roles_idx', { synchronize: false })
@Index('users_party_idx', ['partyCode'], { where: 'party_code IS NOT NULL' })
@Check('users_email_check', `email = lower(email)`)
@Check('users_locale_check', `locale IN ('kk', 'ru')`)
@Check('users_roles_check', `roles <@ ARRAY['learner', 'coordinator', 'instructor', 'admin']::text[]`)
@Check('users_position_check', `position IN ('maslikhat_deputy', 'rural_akim', 'other')`)
@Check('users_maslikhat_level_check', `maslikhat_level IN ('oblast', 'republican_city', 'district', 'city')`)
@Check('users_learner_profile', `NOT ('learner' = ANY (roles)) OR (position IS NOT NULL AND region_code IS NOT NULL)`)
@Check('users_maslikhat_level_only_for_deputies', `maslikhat_level IS NULL OR position = 'maslikhat_deputy'`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-case; unique. */
  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ type: 'text' })
  locale: Locale;

  @Column({ type: 'text', array: true })
  roles: Role[];

  @Column({ name: 'is_active', type: 'boolean', default: true })
  isActive: boolean;

  @Column({ type: 'text', nullable: true })
  position: Position | null;

  @Column({ name: 'region_code', type: 'text', nullable: true })
  regionCode: string | null;

  @ManyToOne(() => RegionEntity, { nullable: true, createForeignKeyConstraints: true })
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'users_region_code_fkey' })
  region?: RegionEntity | null;

  @Column({ name: 'maslikhat_level', type: 'text', nullable: true })
  maslikhatLevel: MaslikhatLevel | null;

  @Column({ type: 'text', nullable: true })
  organisation: string | null;

  @Column({ name: 'party_code', type: 'text', nullable: true })
  partyCode: string | null;

  @ManyToOne(() => PartyEntity, { nullable: true })
  @JoinColumn({ name: 'party_code', foreignKeyConstraintName: 'users_party_code_fkey' })
  party?: PartyEntity | null;

  /** The organisation an instructor authors courses for. */
  @Column({ name: 'provider_id', type: 'uuid', nullable: true })
  providerId: string | null;

  @ManyToOne('ProviderEntity', { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'users_provider_id_fkey' })
  provider?: ProviderEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;
}
