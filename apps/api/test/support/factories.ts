import { randomBytes } from 'node:crypto';
import type { LearnerProfile, Locale, Role } from '@bilikti/contracts';
import { PasswordHasher } from '../../src/modules/auth/password-hasher';
import { ProviderEntity } from '../../src/modules/providers/entities/provider.entity';
import { UserEntity } from '../../src/modules/users/entities/user.entity';
import { toProfileColumns } from '../../src/modules/users/user.mapper';
import type { TestApp } from './test-app';

export const TEST_PASSWORD = 'Steppe-Valid-Pass-42';

let passwordHash: Promise<string> | undefined;

export interface UserOverrides {
  email?: string;
  fullName?: string;
  locale?: Locale;
  roles?: Role[];
  isActive?: boolean;
  profile?: LearnerProfile | null;
  password?: string;
  providerId?: string | null;
}

export const akimProfile = (overrides: Partial<LearnerProfile> = {}): LearnerProfile => ({
  position: 'rural_akim',
  regionCode: 'KZ-11',
  maslikhatLevel: null,
  organisation: 'Аппарат акима Жалтырского сельского округа',
  partyCode: null,
  ...overrides,
});

/** Stores a valid user directly (no HTTP); learners get a rural akim profile unless told otherwise. */
export async function createUser(
  t: TestApp,
  overrides: UserOverrides = {},
): Promise<UserEntity & { password: string }> {
  const hasher = t.app.get(PasswordHasher);
  const password = overrides.password ?? TEST_PASSWORD;
  const hash =
    password === TEST_PASSWORD ? await (passwordHash ??= hasher.hash(TEST_PASSWORD)) : await hasher.hash(password);
  const roles = overrides.roles ?? ['learner'];
  const profile =
    overrides.profile !== undefined ? overrides.profile : roles.includes('learner') ? akimProfile() : null;
  const repository = t.dataSource.getRepository(UserEntity);
  const user = await repository.save(
    repository.create({
      email: overrides.email ?? `user-${randomBytes(5).toString('hex')}@example.kz`,
      fullName: overrides.fullName ?? 'Айгерім Нұрланқызы',
      passwordHash: hash,
      locale: overrides.locale ?? 'kk',
      roles,
      isActive: overrides.isActive ?? true,
      ...toProfileColumns(profile),
      providerId: overrides.providerId ?? null,
    }),
  );
  return Object.assign(user, { password });
}

/** A cookie-keeping agent signed in as the user. */
export async function signIn(t: TestApp, user: { email: string; password: string }) {
  const agent = t.agent();
  await agent.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
  return agent;
}

/** Stores a course provider directly. */
export async function createProvider(t: TestApp, name?: { kk: string; ru: string }): Promise<ProviderEntity> {
  const suffix = randomBytes(3).toString('hex');
  const repository = t.dataSource.getRepository(ProviderEntity);
  return repository.save(
    repository.create({
      nameKk: name?.kk ?? `Мемлекеттік басқару академиясы ${suffix}`,
      nameRu: name?.ru ?? `Академия государственного управления ${suffix}`,
    }),
  );
}
