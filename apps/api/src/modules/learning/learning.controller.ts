import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Put, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type {
  BatchProgressResponse,
  EnrolmentResponse,
  LessonProgressResponse,
  MyEnrolmentsResponse,
} from '@bilikti/contracts';
import { Allow, CurrentUser, SignedIn } from '../../common/access.decorators';
import type { RequestUser } from '../../common/authenticated-request';
import { UuidParamPipe } from '../../common/uuid-param.pipe';
import { BatchProgressDto, LessonProgressDto } from './dto/progress.dto';
import { EnrolmentsService } from './enrolments.service';
import { ProgressService } from './progress.service';

@ApiTags('learning')
@Controller()
export class LearningController {
  constructor(
    private readonly enrolments: EnrolmentsService,
    private readonly progress: ProgressService,
  ) {}

  /** Self-enrolment: 201 when new, 200 when the learner was already enrolled. */
  @Allow('learning.take')
  @Post('courses/:id/enrolments')
  async enrol(
    @CurrentUser() caller: RequestUser,
    @Param('id', UuidParamPipe) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<EnrolmentResponse> {
    const { created, enrolment } = await this.enrolments.enrol(caller, id);
    res.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return enrolment;
  }

  @SignedIn()
  @Get('me/enrolments')
  mine(@CurrentUser() caller: RequestUser): Promise<MyEnrolmentsResponse> {
    return this.enrolments.mine(caller);
  }

  @SignedIn()
  @Get('enrolments/:id')
  get(@CurrentUser() caller: RequestUser, @Param('id', UuidParamPipe) id: string): Promise<EnrolmentResponse> {
    return this.enrolments.get(caller, id);
  }

  @SignedIn()
  @Delete('enrolments/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  withdraw(@CurrentUser() caller: RequestUser, @Param('id', UuidParamPipe) id: string): Promise<void> {
    return this.enrolments.withdraw(caller, id);
  }

  @SignedIn()
  @Put('lessons/:id/progress')
  report(
    @CurrentUser() caller: RequestUser,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: LessonProgressDto,
  ): Promise<LessonProgressResponse> {
    return this.progress.report(caller, id, body);
  }

  @SignedIn()
  @Post('progress/batch')
  @HttpCode(HttpStatus.OK)
  batch(@CurrentUser() caller: RequestUser, @Body() body: BatchProgressDto): Promise<BatchProgressResponse> {
    return this.progress.batch(caller, body.items);
  }
}
