import { join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { SessionEntity } from '../modules/auth/entities/session.entity';
import { LoginFailureEntity } from '../modules/auth/entities/login-attempt.entity';
import { PartyEntity } from '../modules/reference/entities/party.entity';
import { RegionEntity } from '../modules/reference/entities/region.entity';
import { UserEntity } from '../modules/users/entities/user.entity';
import { CourseAuthorEntity } from '../modules/courses/entities/course-author.entity';
import { CourseModuleEntity } from '../modules/courses/entities/course-module.entity';
import { CourseVersionEntity } from '../modules/courses/entities/course-version.entity';
import { CourseEntity } from '../modules/courses/entities/course.entity';
import { LessonEntity } from '../modules/courses/entities/lesson.entity';
import { CourseVersionLessonEntity } from '../modules/courses/entities/course-version-lesson.entity';
import { EnrolmentEntity } from '../modules/learning/entities/enrolment.entity';
import { LessonProgressEntity } from '../modules/learning/entities/lesson-progress.entity';
import { ProgressEventEntity } from '../modules/learning/entities/progress-event.entity';
import { QuestionEntity } from '../modules/questions/entities/question.entity';
import { AttemptEntity } from '../modules/attempts/entities/attempt.entity';
import { AttemptItemEntity } from '../modules/attempts/entities/attempt-item.entity';
import { MediaEntity } from '../modules/media/entities/media.entity';
import { ProviderEntity } from '../modules/providers/entities/provider.entity';

export const ENTITIES = [
  UserEntity,
  SessionEntity,
  LoginFailureEntity,
  RegionEntity,
  PartyEntity,
  ProviderEntity,
  MediaEntity,
  CourseEntity,
  CourseAuthorEntity,
  CourseModuleEntity,
  LessonEntity,
  CourseVersionEntity,
  CourseVersionLessonEntity,
  EnrolmentEntity,
  LessonProgressEntity,
  ProgressEventEntity,
  QuestionEntity,
  AttemptEntity,
  AttemptItemEntity,
];

/**
 * Migrations live in the repository's `migrations/` folder. From source (jest) they are `.ts`;
 * from the build they sit at `dist/api/migrations/*.js`, beside `dist/api/apps/api/src/…`.
 */
export const MIGRATIONS_GLOB = __filename.endsWith('.ts')
  ? join(__dirname, '../../../../migrations/*.ts')
  : join(__dirname, '../../../../migrations/*.js');

export function dataSourceOptions(databaseUrl: string, overrides: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: [MIGRATIONS_GLOB],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: { max: Number(process.env.DATABASE_POOL_SIZE ?? 20), application_name: 'bilikti-api' },
    ...overrides,
  } as DataSourceOptions;
}
