import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CoursesModule } from '../courses/courses.module';
import { DemoCourseSeeder } from './demo-course-seeder';
import { DemoSeedService } from './demo-seed.service';

@Module({
  imports: [AuthModule, CoursesModule],
  providers: [DemoSeedService, DemoCourseSeeder],
  exports: [DemoSeedService],
})
export class DemoModule {}
