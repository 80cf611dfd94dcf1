import { Module } from '@nestjs/common';
import { MediaModule } from '../media/media.module';
import { ProvidersModule } from '../providers/providers.module';
import { CourseCatalog } from './course-catalog';
import { CourseContentService } from './course-content.service';
import { CourseDrafts } from './course-drafts';
import { CoursesController } from './courses.controller';
import { CoursesService } from './courses.service';
import { LessonsController } from './lessons.controller';
import { ModulesController } from './modules.controller';

/** Course authoring and the catalog: courses, their modules (`CourseModule`) and lessons, versions. */
@Module({
  imports: [MediaModule, ProvidersModule],
  controllers: [CoursesController, ModulesController, LessonsController],
  providers: [CoursesService, CourseContentService, CourseDrafts, CourseCatalog],
  exports: [CoursesService, CourseContentService, CourseDrafts],
})
export class CoursesModule {}
