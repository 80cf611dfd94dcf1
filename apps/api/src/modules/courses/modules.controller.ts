import { Body, Controller, Delete, HttpCode, HttpStatus, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { LessonResponse, ModuleResponse } from '@bilikti/contracts';
import { Allow, CurrentUser } from '../../common/access.decorators';
import type { RequestUser } from '../../common/authenticated-request';
import { UuidParamPipe } from '../../common/uuid-param.pipe';
import { CourseContentService } from './course-content.service';
import { CreateLessonDto, UpdateModuleDto } from './dto/content.dto';

@ApiTags('courses')
@Controller('modules')
export class ModulesController {
  constructor(private readonly content: CourseContentService) {}

  @Allow('courses.author')
  @Patch(':id')
  update(
    @CurrentUser() caller: RequestUser,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: UpdateModuleDto,
  ): Promise<ModuleResponse> {
    return this.content.updateModule(caller, id, body);
  }

  @Allow('courses.author')
  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@CurrentUser() caller: RequestUser, @Param('id', UuidParamPipe) id: string): Promise<void> {
    return this.content.removeModule(caller, id);
  }

  @Allow('courses.author')
  @Post(':id/lessons')
  createLesson(
    @CurrentUser() caller: RequestUser,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: CreateLessonDto,
  ): Promise<LessonResponse> {
    return this.content.createLesson(caller, id, body);
  }
}
