import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  type FieldError,
  FieldErrorCode,
  foldSearchText,
  type Page,
  type QuestionContent,
  questionCompleteness,
  type QuestionResponse,
} from '@bilikti/contracts';
import type { RequestUser } from '../../common/authenticated-request';
import { DomainError } from '../../common/domain-error';
import { likePattern } from '../../common/like-pattern';
import { CourseDrafts } from '../courses/course-drafts';
import type { CreateQuestionDto, ListQuestionsQueryDto, UpdateQuestionDto } from './dto/question.dto';
import { QuestionEntity } from './entities/question.entity';
import { checkQuestionContent } from './question-rules';

/** A course's question bank, for its authors (and admins); everyone else gets 404. */
@Injectable()
export class QuestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly drafts: CourseDrafts,
  ) {}

  async list(caller: RequestUser, courseId: string, query: ListQuestionsQueryDto): Promise<Page<QuestionResponse>> {
    await this.drafts.authored(caller, courseId, this.dataSource.manager, false);
    const builder = this.dataSource
      .getRepository(QuestionEntity)
      .createQueryBuilder('q')
      .where('q.course_id = :courseId AND q.deleted_at IS NULL', { courseId });
    if (query.type) builder.andWhere('q.type = :type', { type: query.type });
    if (query.tag) builder.andWhere(':tag = ANY (q.tags)', { tag: query.tag });
    if (query.q) {
      const folded = foldSearchText(query.q);
      if (folded) builder.andWhere('q.search_text LIKE :q', { q: likePattern(folded) });
    }
    const [items, total] = await builder
      .orderBy('q.created_at', 'ASC')
      .addOrderBy('q.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: items.map(toQuestionResponse), total, page: query.page, pageSize: query.pageSize };
  }

  async create(caller: RequestUser, courseId: string, body: CreateQuestionDto): Promise<QuestionResponse> {
    await this.drafts.authored(caller, courseId, this.dataSource.manager, false);
    const errors: Record<string, FieldError> = {};
    if (body.points === undefined) errors.points = { code: FieldErrorCode.Required };
    if (!body.prompt.kk && !body.prompt.ru) errors.prompt = { code: FieldErrorCode.Required };
    const content = this.content(body.content, errors);
    if (Object.keys(errors).length || !content) throw DomainError.validation(errors);
    const repository = this.dataSource.getRepository(QuestionEntity);
    const saved = await repository.save(
      repository.create({
        courseId,
        type: content.type,
        promptKk: body.prompt.kk,
        promptRu: body.prompt.ru,
        explanationKk: body.explanation?.kk ?? '',
        explanationRu: body.explanation?.ru ?? '',
        points: body.points,
        tags: body.tags ?? [],
        competencyCodes: body.competencyCodes ?? [],
        content,
        searchText: foldSearchText(`${body.prompt.kk} ${body.prompt.ru}`),
        createdBy: caller.id,
      }),
    );
    return toQuestionResponse(saved);
  }

  async get(caller: RequestUser, id: string): Promise<QuestionResponse> {
    return toQuestionResponse(await this.mustFind(caller, id));
  }

  /** Saves changes made from `version`; someone else's save in between gets 409. */
  async update(caller: RequestUser, id: string, body: UpdateQuestionDto): Promise<QuestionResponse> {
    return this.dataSource.transaction(async (manager) => {
      const question = await manager.findOne(QuestionEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!question || question.deletedAt) throw DomainError.notFound('Question');
      await this.drafts.authored(caller, question.courseId, manager, false);
      if (question.version !== body.version) throw DomainError.staleVersion(question.version);
      const errors: Record<string, FieldError> = {};
      let content: QuestionContent | undefined;
      if (body.content !== undefined) {
        content = this.content(body.content, errors);
        if (content && content.type !== question.type) errors['content.type'] = { code: FieldErrorCode.InvalidValue };
      }
      const prompt = body.prompt ?? { kk: question.promptKk, ru: question.promptRu };
      if (!prompt.kk && !prompt.ru) errors.prompt = { code: FieldErrorCode.Required };
      if (Object.keys(errors).length) throw DomainError.validation(errors);
      Object.assign(question, {
        promptKk: prompt.kk,
        promptRu: prompt.ru,
        ...(body.explanation && { explanationKk: body.explanation.kk, explanationRu: body.explanation.ru }),
        ...(body.points !== undefined && { points: body.points }),
        ...(body.tags && { tags: body.tags }),
        ...(body.competencyCodes && { competencyCodes: body.competencyCodes }),
        ...(content && { content }),
        searchText: foldSearchText(`${prompt.kk} ${prompt.ru}`),
        version: question.version + 1,
      });
      return toQuestionResponse(await manager.save(question));
    });
  }

  /** Takes the question out of the bank; attempts already taken keep their own copy. */
  async remove(caller: RequestUser, id: string): Promise<void> {
    const question = await this.mustFind(caller, id);
    await this.dataSource.getRepository(QuestionEntity).update({ id: question.id }, { deletedAt: new Date() });
  }

  private content(raw: unknown, errors: Record<string, FieldError>): QuestionContent | undefined {
    if (raw === undefined) {
      errors.content = { code: FieldErrorCode.Required };
      return undefined;
    }
    const checked = checkQuestionContent(raw);
    Object.assign(errors, checked.errors);
    return checked.content;
  }

  private async mustFind(caller: RequestUser, id: string): Promise<QuestionEntity> {
    const question = await this.dataSource.getRepository(QuestionEntity).findOneBy({ id });
    if (!question || question.deletedAt) throw DomainError.notFound('Question');
    await this.drafts.authored(caller, question.courseId, this.dataSource.manager, false);
    return question;
  }
}

export function toQuestionResponse(question: QuestionEntity): QuestionResponse {
  const prompt = { kk: question.promptKk, ru: question.promptRu };
  return {
    id: question.id,
    courseId: question.courseId,
    type: question.type,
    prompt,
    explanation: { kk: question.explanationKk, ru: question.explanationRu },
    points: question.points,
    tags: question.tags,
    competencyCodes: question.competencyCodes,
    content: question.content,
    complete: questionCompleteness(prompt, question.content),
    version: question.version,
    createdAt: question.createdAt.toISOString(),
    updatedAt: question.updatedAt.toISOString(),
  };
}
