import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { LessonResponse, LessonViewResponse } from '@bilikti/contracts';
import { Allow, CurrentUser, SignedIn } from '../../common/access.decorators';
import type { RequestUser } from '../../common/authenticated-request';
import { UuidParamPipe } from '../../common/uuid-param.pipe';
import { CourseContentService } from './course-content.service';
import { CoursesService } from './courses.service';
import { UpdateLessonDto } from './dto/content.dto';
import { ViewQueryDto } from './dto/view.query';

@ApiTags('courses')
@Controller('lessons')
export class LessonsController {
  constructor(
    private readonly content: CourseContentService,
    private readonly courses: CoursesService,
  ) {}

  /** The lesson as published; `?view=draft` gives its authors the draft. */
  @SignedIn()
  @Get(':id')
  get(
    @CurrentUser() caller: RequestUser,
    @Param('id', UuidParamPipe) id: string,
    @Query() query: ViewQueryDto,
  ): Promise<LessonResponse | LessonViewResponse> {
    return query.view === 'draft'
      ? this.content.getDraftLesson(caller, id)
      : this.courses.getPublishedLesson(caller, id);
  }

  @Allow('courses.author')
  @Patch(':id')
  update(
    @CurrentUser() caller: RequestUser,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: UpdateLessonDto,
  ): Promise<LessonResponse> {
    return this.content.updateLesson(caller, id, body);
  }

  @Allow('courses.author')
  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@CurrentUser() caller: RequestUser, @Param('id', UuidParamPipe) id: string): Promise<void> {
    return this.content.removeLesson(caller, id);
  }
}
