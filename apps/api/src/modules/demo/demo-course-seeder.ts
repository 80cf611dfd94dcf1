import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RequestUser } from '../../common/authenticated-request';
import { CourseDrafts, searchText } from '../courses/course-drafts';
import { CoursesService } from '../courses/courses.service';
import { CourseAuthorEntity } from '../courses/entities/course-author.entity';
import { CourseModuleEntity } from '../courses/entities/course-module.entity';
import { CourseEntity } from '../courses/entities/course.entity';
import { LessonEntity } from '../courses/entities/lesson.entity';
import { sanitizeLessonHtml } from '../courses/rich-text';
import { ProviderEntity } from '../providers/entities/provider.entity';
import { UserEntity } from '../users/entities/user.entity';
import { DEMO_COURSES, DEMO_PROVIDERS } from './demo-courses';

/**
 * Puts the demo providers and courses in, each course published as version 1 by the demo
 * instructor through the same publishing code authors use. Runs inside the seed's transaction.
 */
@Injectable()
export class DemoCourseSeeder {
  private readonly logger = new Logger(DemoCourseSeeder.name);

  constructor(
    private readonly courses: CoursesService,
    private readonly drafts: CourseDrafts,
  ) {}

  async seed(manager: EntityManager, instructorEmail: string): Promise<void> {
    const providers = new Map<string, string>();
    for (const provider of DEMO_PROVIDERS) {
      const existing = await manager.findOneBy(ProviderEntity, { nameRu: provider.name.ru });
      const saved =
        existing ??
        (await manager.save(manager.create(ProviderEntity, { nameKk: provider.name.kk, nameRu: provider.name.ru })));
      providers.set(provider.key, saved.id);
    }
    const instructor = await manager.findOneBy(UserEntity, { email: instructorEmail });
    if (!instructor) return;
    if (!instructor.providerId) {
      instructor.providerId = providers.get('academy') ?? [...providers.values()][0];
      await manager.update(UserEntity, { id: instructor.id }, { providerId: instructor.providerId });
    }
    const author: RequestUser = { id: instructor.id, roles: instructor.roles };

    let created = 0;
    for (const demo of DEMO_COURSES) {
      if (await manager.existsBy(CourseEntity, { code: demo.code })) continue;
      const providerId = providers.get(demo.providerKey);
      if (!providerId) throw new Error(`Demo course ${demo.code} names an unknown provider ${demo.providerKey}`);
      const course = await manager.save(
        manager.create(CourseEntity, {
          code: demo.code,
          titleKk: demo.title.kk,
          titleRu: demo.title.ru,
          summaryKk: demo.summary.kk,
          summaryRu: demo.summary.ru,
          audience: demo.audience,
          academicHours: demo.academicHours,
          topics: demo.topics,
          providerId,
          createdBy: instructor.id,
          status: 'draft',
          searchText: searchText(demo.code, demo.title.kk, demo.title.ru),
        }),
      );
      await manager.insert(CourseAuthorEntity, { courseId: course.id, userId: instructor.id, role: 'owner' });
      for (const [moduleIndex, demoModule] of demo.modules.entries()) {
        const module = await manager.save(
          manager.create(CourseModuleEntity, {
            courseId: course.id,
            position: moduleIndex,
            titleKk: demoModule.title.kk,
            titleRu: demoModule.title.ru,
          }),
        );
        for (const [lessonIndex, lesson] of demoModule.lessons.entries()) {
          await manager.insert(LessonEntity, {
            moduleId: module.id,
            courseId: course.id,
            position: lessonIndex,
            type: lesson.type,
            titleKk: lesson.title.kk,
            titleRu: lesson.title.ru,
            bodyKk: sanitizeLessonHtml(lesson.body.kk),
            bodyRu: sanitizeLessonHtml(lesson.body.ru),
            durationMinutes: lesson.durationMinutes,
          });
        }
      }
      await this.drafts.touch(course, manager);
      await this.courses.publishIn(manager, author, course.id, {
        changeNote: `${demo.changeNote.kk} / ${demo.changeNote.ru}`,
      });
      created += 1;
    }
    if (created) this.logger.log(`Seeded ${created} demo courses`);
  }
}
