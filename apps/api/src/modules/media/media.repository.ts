import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { RequestUser } from '../../common/authenticated-request';
import { MediaEntity } from './entities/media.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ids that can name a row: a malformed id names nothing (and must not reach a uuid cast). */
export function uuidsOnly(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id) => typeof id === 'string' && UUID.test(id)).map((id) => id.toLowerCase()))];
}

@Injectable()
export class MediaRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  insert(values: Omit<MediaEntity, 'id' | 'createdAt' | 'published'>, manager?: EntityManager): Promise<MediaEntity> {
    const repository = this.manager(manager).getRepository(MediaEntity);
    return repository.save(repository.create({ ...values, published: false }));
  }

  async findById(id: string, manager?: EntityManager): Promise<MediaEntity | null> {
    if (!uuidsOnly([id]).length) return null;
    return this.manager(manager).getRepository(MediaEntity).findOneBy({ id: id.toLowerCase() });
  }

  async findByIds(ids: readonly string[], manager?: EntityManager): Promise<MediaEntity[]> {
    const valid = uuidsOnly(ids);
    if (!valid.length) return [];
    return this.manager(manager)
      .getRepository(MediaEntity)
      .findBy({ id: In(valid) });
  }

  /**
   * The media row if the caller may download the file: admins; the uploader; anyone once it is
   * published; the authors of the course it was uploaded for; anyone when it is a provider's logo.
   */
  async findVisibleTo(caller: RequestUser, id: string): Promise<MediaEntity | null> {
    if (caller.roles.includes('admin')) return this.findById(id);
    if (!uuidsOnly([id]).length) return null;
    return this.dataSource
      .getRepository(MediaEntity)
      .createQueryBuilder('m')
      .where('m.id = :id', { id })
      .andWhere(
        `(m.uploaded_by = :userId
          OR m.published
          OR EXISTS (SELECT 1 FROM course_authors ca WHERE ca.course_id = m.course_id AND ca.user_id = :userId)
          OR EXISTS (SELECT 1 FROM providers p WHERE p.logo_media_id = m.id))`,
        { userId: caller.id },
      )
      .getOne();
  }

  async courseExists(courseId: string, manager?: EntityManager): Promise<boolean> {
    const rows: unknown[] = await this.manager(manager).query('SELECT 1 FROM courses WHERE id = $1', [courseId]);
    return rows.length > 0;
  }

  async isCourseAuthor(userId: string, courseId: string, manager?: EntityManager): Promise<boolean> {
    const rows: unknown[] = await this.manager(manager).query(
      'SELECT 1 FROM course_authors WHERE course_id = $1 AND user_id = $2',
      [courseId, userId],
    );
    return rows.length > 0;
  }

  async markPublished(ids: readonly string[], manager?: EntityManager): Promise<void> {
    const valid = uuidsOnly(ids);
    if (!valid.length) return;
    await this.manager(manager).query(
      'UPDATE media SET published = true WHERE id = ANY($1::uuid[]) AND NOT published',
      [valid],
    );
  }

  /**
   * Deletes, among these ids, the rows that are not published and that no draft lesson, course
   * cover, published version's cover or provider logo points at. Returns what was deleted.
   */
  async deleteUnreferenced(
    ids: readonly string[],
    manager?: EntityManager,
  ): Promise<{ id: string; storageKey: string }[]> {
    const valid = uuidsOnly(ids);
    if (!valid.length) return [];
    const [rows] = (await this.manager(manager).query(
      `DELETE FROM media m
        WHERE m.id = ANY($1::uuid[])
          AND NOT m.published
          AND NOT EXISTS (SELECT 1 FROM lessons l WHERE l.media_kk_id = m.id OR l.media_ru_id = m.id)
          AND NOT EXISTS (SELECT 1 FROM courses c WHERE c.cover_media_id = m.id)
          AND NOT EXISTS (SELECT 1 FROM course_versions v WHERE v.cover_media_id = m.id)
          AND NOT EXISTS (SELECT 1 FROM providers p WHERE p.logo_media_id = m.id)
        RETURNING m.id, m.storage_key`,
      [valid],
    )) as [{ id: string; storage_key: string }[], number];
    return rows.map((row) => ({ id: row.id, storageKey: row.storage_key }));
  }
}
