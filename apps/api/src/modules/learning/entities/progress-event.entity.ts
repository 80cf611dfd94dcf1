import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { EnrolmentEntity } from './enrolment.entity';

/** Each progress report's client-generated id, so that a resent report is applied only once. */
@Entity('progress_events')
// BRIN on received_at (for purging old ids): declared in the migration; TypeORM cannot describe it.
@Index('progress_events_received_idx', { synchronize: false })
export class ProgressEventEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'enrolment_id', type: 'uuid' })
  enrolmentId: string;

  @ManyToOne('EnrolmentEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'progress_events_enrolment_id_fkey' })
  enrolment?: EnrolmentEntity;

  @Column({ name: 'lesson_id', type: 'uuid' })
  lessonId: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'received_at', type: 'timestamptz', default: () => 'now()' })
  receivedAt: Date;
}
