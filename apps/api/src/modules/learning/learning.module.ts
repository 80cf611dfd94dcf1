import { Module } from '@nestjs/common';
import { EnrolmentsService } from './enrolments.service';
import { LearningController } from './learning.controller';
import { LearningHousekeepingService } from './learning-housekeeping.service';
import { ProgressService } from './progress.service';

/** Enrolment, lesson progress that is never lost, and the learner's dashboard data. */
@Module({
  controllers: [LearningController],
  providers: [EnrolmentsService, ProgressService, LearningHousekeepingService],
  exports: [EnrolmentsService],
})
export class LearningModule {}
