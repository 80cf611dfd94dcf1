import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A failed sign-in, kept for the throttling window. */
@Entity('login_failures')
@Index('login_failures_email_idx', ['email', 'createdAt'])
@Index('login_failures_ip_idx', ['ip', 'createdAt'])
export class LoginFailureEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  /** The email as typed, lower-cased (also for unknown accounts). */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  ip: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
