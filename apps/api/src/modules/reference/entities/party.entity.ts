import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A registered political party; learners may belong to one, coordinators may be scoped to one. */
@Entity('parties')
export class PartyEntity {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ name: 'name_kk', type: 'text' })
  nameKk: string;

  @Column({ name: 'name_ru', type: 'text' })
  nameRu: string;

  @Column({ name: 'sort_order', type: 'int' })
  sortOrder: number;
}
