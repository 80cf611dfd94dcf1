import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type {
  AttemptResponse,
  AttemptSummary,
  GradingQueueItem,
  ItemStatsResponse,
  Page,
  QuizOverviewResponse,
  SaveAnswerResponse,
} from '@bilikti/contracts';
import { Allow, CurrentUser, SignedIn } from '../../common/access.decorators';
import type { RequestUser } from '../../common/authenticated-request';
import { UuidParamPipe } from '../../common/uuid-param.pipe';
import { resultsCsv, resultsXlsx } from './attempt-export';
import { AttemptResultsService } from './attempt-results.service';
import { AttemptsService } from './attempts.service';
import { ExportQueryDto, GradeAttemptDto, ListAttemptsQueryDto, PageQueryDto, SaveAnswerDto } from './dto/attempt.dto';

@ApiTags('attempts')
@Controller()
export class AttemptsController {
  constructor(
    private readonly attempts: AttemptsService,
    private readonly results: AttemptResultsService,
  ) {}

  /** The quiz's rules and the caller's attempts at it. */
  @SignedIn()
  @Get('lessons/:id/quiz')
  overview(@CurrentUser() caller: RequestUser, @Param('id', UuidParamPipe) id: string): Promise<QuizOverviewResponse> {
    return this.attempts.overview(caller, id);
  }

  /** Starts an attempt: 201 when new, 200 with the attempt already in progress. */
  @SignedIn()
  @Post('lessons/:id/attempts')
  async start(
    @CurrentUser() caller: RequestUser,
    @Param('id', UuidParamPipe) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AttemptResponse> {
    const { created, attempt } = await this.attempts.start(caller, id);
    res.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return attempt;
  }

  @Allow('attempts.review')
  @Get('lessons/:id/attempts')
  list(
    @CurrentUser() caller: RequestUser,
    @Param('id', UuidParamPipe) id: string,
    @Query() query: ListAttemptsQueryDto,
  ): Promise<Page<AttemptSummary>> {
    return this.results.list(caller, id, query);
  }

  @Allow('attempts.review')
  @Get('lessons/:id/attempts/export')
  async export(
    @CurrentUser() caller: RequestUser,
    @Param('id', UuidParamPipe) id: string,
    @Query() query: ExportQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    const locale = query.locale ?? 'ru';
    const { title, rows } = await this.results.exportRows(caller, id, locale, query);
    const file = query.format === 'csv' ? resultsCsv(rows, locale) : await resultsXlsx(rows, locale, title);
    const name = `results-${id.slice(0, 8)}.${query.format}`;
    res
      .status(HttpStatus.OK)
      .type(
        query.format === 'csv'
          ? 'text/csv; charset=utf-8'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      )
      .setHeader('Content-Disposition', `attachment; filename="${name}"`)
      .setHeader('Cache-Control', 'no-store')
      .send(file);
  }

  @Allow('attempts.review')
  @Get('lessons/:id/item-stats')
  itemStats(@CurrentUser() caller: RequestUser, @Param('id', UuidParamPipe) id: string): Promise<ItemStatsResponse> {
    return this.results.itemStats(caller, id);
  }

  @Allow('attempts.review')
  @Get('grading-queue')
  queue(@CurrentUser() caller: RequestUser, @Query() query: PageQueryDto): Promise<Page<GradingQueueItem>> {
    return this.results.queue(caller, query);
  }

  /** The caller's own attempt, or any attempt in a course the caller authors. */
  @SignedIn()
  @Get('attempts/:id')
  get(@CurrentUser() caller: RequestUser, @Param('id', UuidParamPipe) id: string): Promise<AttemptResponse> {
    return this.attempts.get(caller, id);
  }

  @SignedIn()
  @Put('attempts/:id/answers/:questionId')
  saveAnswer(
    @CurrentUser() caller: RequestUser,
    @Param('id', UuidParamPipe) id: string,
    @Param('questionId', UuidParamPipe) questionId: string,
    @Body() body: SaveAnswerDto,
  ): Promise<SaveAnswerResponse> {
    return this.attempts.saveAnswer(caller, id, questionId, body);
  }

  /** Idempotent: submitting a closed attempt answers its result again. */
  @SignedIn()
  @Post('attempts/:id/submit')
  @HttpCode(HttpStatus.OK)
  submit(@CurrentUser() caller: RequestUser, @Param('id', UuidParamPipe) id: string): Promise<AttemptResponse> {
    return this.attempts.submit(caller, id);
  }

  @Allow('attempts.review')
  @Post('attempts/:id/grades')
  @HttpCode(HttpStatus.OK)
  grade(
    @CurrentUser() caller: RequestUser,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: GradeAttemptDto,
  ): Promise<AttemptResponse> {
    return this.results.grade(caller, id, body);
  }
}
