import { Module } from '@nestjs/common';
import { AttemptGrading } from './attempt-grading';
import { AttemptResultsService } from './attempt-results.service';
import { AttemptSweeper } from './attempt-sweeper';
import { AttemptsController } from './attempts.controller';
import { AttemptsService } from './attempts.service';

/** Quiz attempts: server-timed, autosaved answer by answer, graded automatically or by hand. */
@Module({
  controllers: [AttemptsController],
  providers: [AttemptsService, AttemptResultsService, AttemptGrading, AttemptSweeper],
})
export class AttemptsModule {}
