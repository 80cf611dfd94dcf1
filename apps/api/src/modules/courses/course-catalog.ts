import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type CourseListItem, ErrorCode, foldSearchText, hasRole, type Locale, type Page } from '@bilikti/contracts';
import type { RequestUser } from '../../common/authenticated-request';
import { DomainError } from '../../common/domain-error';
import { likePattern } from '../../common/like-pattern';
import { ListCoursesQueryDto } from './dto/list-courses.query';

interface Row {
  id: string;
  code: string;
  title_kk: string;
  title_ru: string;
  summary_kk: string;
  summary_ru: string;
  audience: CourseListItem['audience'];
  academic_hours: number;
  topics: CourseListItem['topics'];
  cover_media_id: string | null;
  provider_id: string;
  provider_name_kk: string;
  provider_name_ru: string;
  status: CourseListItem['status'];
  languages: Locale[];
  module_count: number;
  lesson_count: number;
  version_number: number | null;
  published_at: Date | null;
  parity_complete: boolean;
  has_unpublished_changes: boolean;
  updated_at: Date;
  total: number;
}

const COLLATION: Record<Locale, string> = { kk: '"kk-x-icu"', ru: '"ru-x-icu"' };

/**
 * Lists of courses. `catalog`: published courses, read from their published versions (one indexed
 * query with the total). `mine`: the drafts the caller authors (all of them for admins).
 */
@Injectable()
export class CourseCatalog {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(caller: RequestUser, query: ListCoursesQueryDto): Promise<Page<CourseListItem>> {
    const mine = query.scope === 'mine';
    if (mine && !hasRole(caller, 'instructor', 'admin')) {
      throw new DomainError(ErrorCode.Forbidden, HttpStatus.FORBIDDEN, 'Only authors have drafts');
    }
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    // The catalog reads the published version (v); the authors' list reads the draft (c).
    const src = mine ? 'c' : 'v';
    const where: string[] = [];
    if (mine) {
      if (!hasRole(caller, 'admin')) {
        where.push(
          `EXISTS (SELECT 1 FROM course_authors a WHERE a.course_id = c.id AND a.user_id = ${param(caller.id)})`,
        );
      }
      if (query.status) where.push(`c.status = ${param(query.status)}`);
      if (query.complete !== undefined) where.push(`c.parity_complete = ${param(query.complete)}`);
    } else {
      where.push(`c.status = 'published'`);
      if (query.language) where.push(`${param(query.language)} = ANY (v.languages)`);
    }
    if (query.q) {
      const folded = foldSearchText(query.q);
      if (folded) where.push(`${src}.search_text LIKE ${param(likePattern(folded))}`);
    }
    if (query.providerId) where.push(`${src}.provider_id = ${param(query.providerId)}`);
    if (query.audience) {
      // A course for both audiences is also a course for deputies and for akims.
      where.push(
        query.audience === 'both'
          ? `${src}.audience = 'both'`
          : `${src}.audience IN (${param(query.audience)}, 'both')`,
      );
    }
    if (query.topic) where.push(`${param(query.topic)} = ANY (${src}.topics)`);

    const locale = query.locale ?? 'kk';
    const titleOrder = `nullif(${src}.title_${locale}, '') COLLATE ${COLLATION[locale]} NULLS LAST, ${src}.title_${
      locale === 'kk' ? 'ru' : 'kk'
    } COLLATE ${COLLATION[locale === 'kk' ? 'ru' : 'kk']}`;
    const order = query.sort === 'newest' ? (mine ? 'c.updated_at DESC' : 'v.published_at DESC') : titleOrder;
    const counts = mine
      ? `(SELECT count(*) FROM course_modules m WHERE m.course_id = c.id)::int AS module_count,
         (SELECT count(*) FROM lessons l WHERE l.course_id = c.id)::int AS lesson_count,
         CASE WHEN c.parity_complete THEN ARRAY['kk', 'ru'] ELSE ARRAY[]::text[] END AS languages`
      : 'v.module_count, v.lesson_count, v.languages';

    const rows: Row[] = await this.dataSource.query(
      `SELECT c.id, ${src}.code, ${src}.title_kk, ${src}.title_ru, ${src}.summary_kk, ${src}.summary_ru,
              ${src}.audience, ${src}.academic_hours, ${src}.topics, ${src}.cover_media_id, ${src}.provider_id,
              p.name_kk AS provider_name_kk, p.name_ru AS provider_name_ru, c.status, ${counts},
              v.number AS version_number, v.published_at, c.parity_complete,
              (c.published_revision IS DISTINCT FROM c.draft_revision) AS has_unpublished_changes,
              c.updated_at, count(*) OVER ()::int AS total
         FROM courses c
         ${mine ? 'LEFT' : ''} JOIN course_versions v ON v.id = c.published_version_id
         JOIN providers p ON p.id = ${src}.provider_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY ${order}, c.id
        LIMIT ${param(query.pageSize)} OFFSET ${param((query.page - 1) * query.pageSize)}`,
      params,
    );
    const total = rows[0]?.total ?? (query.page > 1 ? await this.count(query, caller) : 0);
    return {
      items: rows.map((row) => toListItem(row, mine)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** The total when the page asked for is past the end (no rows to carry it). */
  private async count(query: ListCoursesQueryDto, caller: RequestUser): Promise<number> {
    const first = await this.list(caller, Object.assign(new ListCoursesQueryDto(), query, { page: 1, pageSize: 1 }));
    return first.total;
  }
}

function toListItem(row: Row, mine: boolean): CourseListItem {
  return {
    id: row.id,
    code: row.code,
    title: { kk: row.title_kk, ru: row.title_ru },
    summary: { kk: row.summary_kk, ru: row.summary_ru },
    audience: row.audience,
    academicHours: row.academic_hours,
    topics: row.topics,
    coverMediaId: row.cover_media_id,
    provider: { id: row.provider_id, name: { kk: row.provider_name_kk, ru: row.provider_name_ru } },
    status: row.status,
    languages: row.languages,
    moduleCount: row.module_count,
    lessonCount: row.lesson_count,
    versionNumber: row.version_number,
    publishedAt: row.published_at ? row.published_at.toISOString() : null,
    ...(mine && { parityComplete: row.parity_complete, hasUnpublishedChanges: row.has_unpublished_changes }),
    updatedAt: row.updated_at.toISOString(),
  };
}
