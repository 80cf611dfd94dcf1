import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Page, QuestionResponse } from '@bilikti/contracts';
import { Allow, CurrentUser } from '../../common/access.decorators';
import type { RequestUser } from '../../common/authenticated-request';
import { UuidParamPipe } from '../../common/uuid-param.pipe';
import { CreateQuestionDto, ListQuestionsQueryDto, UpdateQuestionDto } from './dto/question.dto';
import { QuestionsService } from './questions.service';

@ApiTags('questions')
@Controller()
export class QuestionsController {
  constructor(private readonly questions: QuestionsService) {}

  @Allow('courses.author')
  @Get('courses/:id/questions')
  list(
    @CurrentUser() caller: RequestUser,
    @Param('id', UuidParamPipe) id: string,
    @Query() query: ListQuestionsQueryDto,
  ): Promise<Page<QuestionResponse>> {
    return this.questions.list(caller, id, query);
  }

  @Allow('courses.author')
  @Post('courses/:id/questions')
  create(
    @CurrentUser() caller: RequestUser,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: CreateQuestionDto,
  ): Promise<QuestionResponse> {
    return this.questions.create(caller, id, body);
  }

  @Allow('courses.author')
  @Get('questions/:id')
  get(@CurrentUser() caller: RequestUser, @Param('id', UuidParamPipe) id: string): Promise<QuestionResponse> {
    return this.questions.get(caller, id);
  }

  @Allow('courses.author')
  @Patch('questions/:id')
  update(
    @CurrentUser() caller: RequestUser,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: UpdateQuestionDto,
  ): Promise<QuestionResponse> {
    return this.questions.update(caller, id, body);
  }

  @Allow('courses.author')
  @Delete('questions/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@CurrentUser() caller: RequestUser, @Param('id', UuidParamPipe) id: string): Promise<void> {
    return this.questions.remove(caller, id);
  }
}
