import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module';
import { QuestionsController } from './questions.controller';
import { QuestionsService } from './questions.service';

/** Question banks per course: every type, bilingual, for the course's authors. */
@Module({
  imports: [CoursesModule],
  controllers: [QuestionsController],
  providers: [QuestionsService],
  exports: [QuestionsService],
})
export class QuestionsModule {}
