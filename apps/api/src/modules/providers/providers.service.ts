import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { FieldErrorCode, type ProviderResponse } from '@bilikti/contracts';
import type { RequestUser } from '../../common/authenticated-request';
import { isUniqueViolation } from '../../common/database-errors';
import { DomainError } from '../../common/domain-error';
import { MediaService } from '../media/media.service';
import type { CreateProviderDto, UpdateProviderDto } from './dto/provider.dto';
import { ProviderEntity } from './entities/provider.entity';

/** Organisations that own courses. Admins manage them; everyone signed in can list them. */
@Injectable()
export class ProvidersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly media: MediaService,
  ) {}

  async list(): Promise<ProviderResponse[]> {
    const providers = await this.dataSource
      .getRepository(ProviderEntity)
      .createQueryBuilder('p')
      .orderBy('p.name_ru', 'ASC', 'NULLS LAST')
      .getMany();
    const counts = await this.publishedCounts(providers.map((p) => p.id));
    return providers.map((p) => toProviderResponse(p, counts.get(p.id) ?? 0));
  }

  async get(id: string): Promise<ProviderResponse> {
    const provider = await this.dataSource.getRepository(ProviderEntity).findOneBy({ id });
    if (!provider) throw DomainError.notFound('Provider');
    const counts = await this.publishedCounts([id]);
    return toProviderResponse(provider, counts.get(id) ?? 0);
  }

  async create(caller: RequestUser, body: CreateProviderDto): Promise<ProviderResponse> {
    const saved = await this.write(async (manager) => {
      const logoMediaId = await this.checkLogo(caller, body.logoMediaId ?? null, manager);
      return manager.save(manager.create(ProviderEntity, { nameKk: body.name.kk, nameRu: body.name.ru, logoMediaId }));
    });
    return toProviderResponse(saved, 0);
  }

  async update(caller: RequestUser, id: string, body: UpdateProviderDto): Promise<ProviderResponse> {
    await this.write(async (manager) => {
      const provider = await manager.findOne(ProviderEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!provider) throw DomainError.notFound('Provider');
      const previousLogo = provider.logoMediaId;
      if (body.name) {
        provider.nameKk = body.name.kk;
        provider.nameRu = body.name.ru;
      }
      if (body.logoMediaId !== undefined)
        provider.logoMediaId = await this.checkLogo(caller, body.logoMediaId, manager);
      await manager.save(provider);
      if (previousLogo && previousLogo !== provider.logoMediaId) await this.media.deleteUnused([previousLogo], manager);
    });
    return this.get(id);
  }

  /** A logo is an image the admin uploaded; it is kept from then on and visible to everyone signed in. */
  private async checkLogo(caller: RequestUser, mediaId: string | null, manager: EntityManager) {
    if (!mediaId) return null;
    await this.media.assertUsable(caller, mediaId, ['image'], null, 'logoMediaId', manager);
    await this.media.markPublished([mediaId], manager);
    return mediaId;
  }

  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error, 'providers_name_kk_key')) {
        throw DomainError.validation({ 'name.kk': { code: FieldErrorCode.InvalidValue } });
      }
      if (isUniqueViolation(error, 'providers_name_ru_key')) {
        throw DomainError.validation({ 'name.ru': { code: FieldErrorCode.InvalidValue } });
      }
      throw error;
    }
  }

  private async publishedCounts(ids: string[]): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const rows: { provider_id: string; count: number }[] = await this.dataSource.query(
      `SELECT provider_id, count(*)::int AS count FROM courses
        WHERE status = 'published' AND provider_id = ANY($1::uuid[]) GROUP BY provider_id`,
      [ids],
    );
    return new Map(rows.map((row) => [row.provider_id, row.count]));
  }
}

export function toProviderResponse(provider: ProviderEntity, courseCount: number): ProviderResponse {
  return {
    id: provider.id,
    name: { kk: provider.nameKk, ru: provider.nameRu },
    logoMediaId: provider.logoMediaId,
    courseCount,
  };
}
