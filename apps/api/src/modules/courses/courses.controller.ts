import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type {
  CourseAuthorResponse,
  CourseDraftResponse,
  CourseListItem,
  CourseResponse,
  CourseVersionResponse,
  ModuleResponse,
  Page,
} from '@bilikti/contracts';
import { Allow, CurrentUser, SignedIn } from '../../common/access.decorators';
import type { RequestUser } from '../../common/authenticated-request';
import { UuidParamPipe } from '../../common/uuid-param.pipe';
import { CourseCatalog } from './course-catalog';
import { CourseContentService } from './course-content.service';
import { CoursesService } from './courses.service';
import { CreateModuleDto } from './dto/content.dto';
import { AddCourseAuthorDto, CreateCourseDto, PublishCourseDto, UpdateCourseDto } from './dto/course.dto';
import { ListCoursesQueryDto } from './dto/list-courses.query';
import { ViewQueryDto } from './dto/view.query';

@ApiTags('courses')
@Controller('courses')
export class CoursesController {
  constructor(
    private readonly courses: CoursesService,
    private readonly catalog: CourseCatalog,
    private readonly content: CourseContentService,
  ) {}

  /** The catalog of published courses, or (`scope=mine`) the drafts the caller authors. */
  @SignedIn()
  @Get()
  list(@CurrentUser() caller: RequestUser, @Query() query: ListCoursesQueryDto): Promise<Page<CourseListItem>> {
    return this.catalog.list(caller, query);
  }

  @Allow('courses.author')
  @Post()
  create(@CurrentUser() caller: RequestUser, @Body() body: CreateCourseDto): Promise<CourseDraftResponse> {
    return this.courses.create(caller, body);
  }

  /** The published course; `?view=draft` gives its authors the draft (others get 404). */
  @SignedIn()
  @Get(':id')
  get(
    @CurrentUser() caller: RequestUser,
    @Param('id', UuidParamPipe) id: string,
    @Query() query: ViewQueryDto,
  ): Promise<CourseResponse | CourseDraftResponse> {
    return query.view === 'draft' ? this.courses.getDraft(caller, id) : this.courses.getPublished(caller, id);
  }

  @Allow('courses.author')
  @Patch(':id')
  update(
    @CurrentUser() caller: RequestUser,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: UpdateCourseDto,
  ): Promise<CourseDraftResponse> {
    return this.courses.update(caller, id, body);
  }

  @Allow('courses.author')
  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@CurrentUser() caller: RequestUser, @Param('id', UuidParamPipe) id: string): Promise<void> {
    return this.courses.remove(caller, id);
  }

  @Allow('courses.author')
  @Post(':id/publish')
  publish(
    @CurrentUser() caller: RequestUser,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: PublishCourseDto,
  ): Promise<CourseVersionResponse> {
    return this.courses.publish(caller, id, body);
  }

  @Allow('courses.author')
  @Get(':id/versions')
  versions(
    @CurrentUser() caller: RequestUser,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<CourseVersionResponse[]> {
    return this.courses.versions(caller, id);
  }

  @Allow('courses.author')
  @Post(':id/authors')
  @HttpCode(HttpStatus.OK)
  addAuthor(
    @CurrentUser() caller: RequestUser,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: AddCourseAuthorDto,
  ): Promise<CourseAuthorResponse[]> {
    return this.courses.addAuthor(caller, id, body);
  }

  @Allow('courses.author')
  @Delete(':id/authors/:userId')
  removeAuthor(
    @CurrentUser() caller: RequestUser,
    @Param('id', UuidParamPipe) id: string,
    @Param('userId', UuidParamPipe) userId: string,
  ): Promise<CourseAuthorResponse[]> {
    return this.courses.removeAuthor(caller, id, userId);
  }

  @Allow('courses.author')
  @Post(':id/modules')
  createModule(
    @CurrentUser() caller: RequestUser,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: CreateModuleDto,
  ): Promise<ModuleResponse> {
    return this.content.createModule(caller, id, body);
  }
}
