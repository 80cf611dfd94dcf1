import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { foldSearchText, type QuizSettings } from '@bilikti/contracts';
import type { RequestUser } from '../../common/authenticated-request';
import { CourseDrafts, searchText } from '../courses/course-drafts';
import { CoursesService } from '../courses/courses.service';
import { CourseAuthorEntity } from '../courses/entities/course-author.entity';
import { CourseModuleEntity } from '../courses/entities/course-module.entity';
import { CourseEntity } from '../courses/entities/course.entity';
import { LessonEntity } from '../courses/entities/lesson.entity';
import { checkQuizSettings } from '../courses/quiz-rules';
import { sanitizeLessonHtml } from '../courses/rich-text';
import { ProviderEntity } from '../providers/entities/provider.entity';
import { QuestionEntity } from '../questions/entities/question.entity';
import { UserEntity } from '../users/entities/user.entity';
import { type DemoCourse, DEMO_COURSES, DEMO_PROVIDERS } from './demo-courses';
import type { DemoAssessmentLesson } from './demo-quizzes';
import { demoCourseProblems, toQuizSettings } from './demo-rules';

/**
 * Puts the demo providers and courses in, each course published as version 1 by the demo
 * instructor through the same publishing code authors use. A course's question bank and its final
 * test go in before publishing, so the published version carries the quiz. Runs inside the seed's
 * transaction; demo data that breaks the question or quiz rules stops it before anything is stored.
 */
@Injectable()
export class DemoCourseSeeder {
  private readonly logger = new Logger(DemoCourseSeeder.name);

  constructor(
    private readonly courses: CoursesService,
    private readonly drafts: CourseDrafts,
  ) {}

  async seed(manager: EntityManager, instructorEmail: string): Promise<void> {
    const problems = DEMO_COURSES.flatMap(demoCourseProblems);
    if (problems.length) throw new Error(`The demo courses break the question or quiz rules:\n${problems.join('\n')}`);
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
      const questionIds = await this.insertQuestions(manager, demo, course.id, instructor.id);
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
            quiz: lesson.type === 'assessment' ? quizSettings(demo, lesson, questionIds) : null,
          });
        }
      }
      await this.drafts.touch(course, manager);
      await this.courses.publishIn(manager, author, course.id, {
        changeNote: demo.changeNote,
      });
      created += 1;
    }
    if (created) this.logger.log(`Seeded ${created} demo courses`);
  }

  /** The course's question bank, stored as the questions API stores it; answers key → id. */
  private async insertQuestions(
    manager: EntityManager,
    demo: DemoCourse,
    courseId: string,
    instructorId: string,
  ): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    for (const question of demo.questions) {
      const saved = await manager.save(
        manager.create(QuestionEntity, {
          courseId,
          type: question.content.type,
          promptKk: question.prompt.kk,
          promptRu: question.prompt.ru,
          explanationKk: question.explanation.kk,
          explanationRu: question.explanation.ru,
          points: question.points,
          tags: question.tags,
          content: question.content,
          searchText: foldSearchText(`${question.prompt.kk} ${question.prompt.ru}`),
          createdBy: instructorId,
        }),
      );
      ids.set(question.key, saved.id);
    }
    return ids;
  }
}

/** The lesson's quiz with the bank's ids, checked as the lesson API checks an author's. */
function quizSettings(demo: DemoCourse, lesson: DemoAssessmentLesson, questionIds: Map<string, string>): QuizSettings {
  const { quiz, errors } = checkQuizSettings(toQuizSettings(lesson.quiz, questionIds));
  if (!quiz) {
    throw new Error(
      `Demo course ${demo.code}: the quiz «${lesson.title.ru}» is invalid (${Object.keys(errors).join(', ')})`,
    );
  }
  return quiz;
}
