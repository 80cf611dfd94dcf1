import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import type { RegionType } from '@bilikti/contracts';

/** One of Kazakhstan's 20 top-level units (ISO 3166-2:KZ), loaded by a migration. */
@Entity('regions')
@Check('regions_type_check', `type IN ('oblast', 'city')`)
export class RegionEntity {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  type: RegionType;

  @Column({ name: 'name_kk', type: 'text' })
  nameKk: string;

  @Column({ name: 'name_ru', type: 'text' })
  nameRu: string;

  @Column({ name: 'centre_kk', type: 'text', nullable: true })
  centreKk: string | null;

  @Column({ name: 'centre_ru', type: 'text', nullable: true })
  centreRu: string | null;

  @Column({ name: 'sort_order', type: 'int' })
  sortOrder: number;
}
