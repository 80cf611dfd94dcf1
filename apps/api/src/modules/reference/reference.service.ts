import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PartyResponse, RegionResponse } from '@bilikti/contracts';
import { PartyEntity } from './entities/party.entity';
import { RegionEntity } from './entities/region.entity';

/** Regions and parties change only through migrations, so they are read once and kept. */
@Injectable()
export class ReferenceService {
  private regions?: Promise<RegionResponse[]>;
  private parties?: Promise<PartyResponse[]>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  listRegions(): Promise<RegionResponse[]> {
    this.regions ??= this.loadOnce(
      () => this.dataSource.getRepository(RegionEntity).find({ order: { sortOrder: 'ASC' } }),
      toRegionResponse,
      () => (this.regions = undefined),
    );
    return this.regions;
  }

  listParties(): Promise<PartyResponse[]> {
    this.parties ??= this.loadOnce(
      () => this.dataSource.getRepository(PartyEntity).find({ order: { sortOrder: 'ASC' } }),
      (p) => ({ code: p.code, name: { kk: p.nameKk, ru: p.nameRu } }),
      () => (this.parties = undefined),
    );
    return this.parties;
  }

  /** Reads and maps rows once; a failed read is forgotten so the next call tries again. */
  private loadOnce<Row, Item>(
    read: () => Promise<Row[]>,
    map: (row: Row) => Item,
    forget: () => void,
  ): Promise<Item[]> {
    return read()
      .then((rows) => rows.map(map))
      .catch((error: unknown) => {
        forget();
        throw error;
      });
  }

  async regionExists(code: string): Promise<boolean> {
    return (await this.listRegions()).some((region) => region.code === code);
  }

  async partyExists(code: string): Promise<boolean> {
    return (await this.listParties()).some((party) => party.code === code);
  }
}

function toRegionResponse(region: RegionEntity): RegionResponse {
  return {
    code: region.code,
    type: region.type,
    name: { kk: region.nameKk, ru: region.nameRu },
    centre: region.centreKk && region.centreRu ? { kk: region.centreKk, ru: region.centreRu } : null,
  };
}
