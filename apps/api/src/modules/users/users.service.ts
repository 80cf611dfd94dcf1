import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  ErrorCode,
  type FieldError,
  FieldErrorCode,
  type LearnerProfile,
  type Page,
  type Role,
  type UserResponse,
} from '@bilikti/contracts';
import type { RequestSession, RequestUser } from '../../common/authenticated-request';
import { isUniqueViolation } from '../../common/database-errors';
import { DomainError } from '../../common/domain-error';
import { PasswordHasher } from '../auth/password-hasher';
import { SessionService } from '../auth/session.service';
import { ReferenceService } from '../reference/reference.service';
import type { ChangePasswordDto } from './dto/change-password.dto';
import type { CreateUserDto } from './dto/create-user.dto';
import type { ListUsersQueryDto } from './dto/list-users.query';
import type { UpdateMeDto } from './dto/update-me.dto';
import type { UpdateUserDto } from './dto/update-user.dto';
import { UserEntity } from './entities/user.entity';
import { checkPassword, checkProfile, normaliseEmail } from './user-rules';
import { toProfile, toProfileColumns, toUserResponse } from './user.mapper';
import { UsersPolicy } from './users.policy';
import { UsersRepository } from './users.repository';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly policy: UsersPolicy,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly reference: ReferenceService,
  ) {}

  async getMe(caller: RequestUser): Promise<UserResponse> {
    return toUserResponse(await this.mustFind(caller.id));
  }

  async updateMe(caller: RequestUser, changes: UpdateMeDto): Promise<UserResponse> {
    const user = await this.mustFind(caller.id);
    if (changes.fullName !== undefined) user.fullName = changes.fullName;
    if (changes.locale !== undefined) user.locale = changes.locale;
    return toUserResponse(await this.dataSource.getRepository(UserEntity).save(user));
  }

  /** Changes the caller's password and ends their other sessions (this one stays). */
  async changePassword(caller: RequestUser, session: RequestSession, body: ChangePasswordDto): Promise<void> {
    const user = await this.mustFind(caller.id);
    if (!(await this.hasher.verify(user.passwordHash, body.currentPassword))) {
      throw new DomainError(
        ErrorCode.WrongCurrentPassword,
        HttpStatus.UNPROCESSABLE_ENTITY,
        'Current password is wrong',
        undefined,
        {
          currentPassword: { code: FieldErrorCode.InvalidValue },
        },
      );
    }
    assertNoFieldErrors(withPassword({}, 'newPassword', body.newPassword, user.email));
    const passwordHash = await this.hasher.hash(body.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash });
      await this.sessions.endAllForUser(user.id, session.id, manager);
    });
    this.sessions.forgetUser(user.id);
  }

  async list(caller: RequestUser, query: ListUsersQueryDto): Promise<Page<UserResponse>> {
    const { items, total } = await this.users.findPageInScope(query, this.policy.scopeFor(caller));
    return { items: items.map(toUserResponse), total, page: query.page, pageSize: query.pageSize };
  }

  async get(caller: RequestUser, id: string): Promise<UserResponse> {
    return toUserResponse(await this.mustFindInScope(caller, id));
  }

  async create(_caller: RequestUser, body: CreateUserDto): Promise<UserResponse> {
    const email = normaliseEmail(body.email);
    const errors = await this.checkProfileAndReferences(body.roles, body.profile ?? null);
    await this.checkProvider(errors, body.roles, body.providerId ?? null);
    assertNoFieldErrors(withPassword(errors, 'password', body.password, email));
    const passwordHash = await this.hasher.hash(body.password);
    const created = await this.saveOrEmailTaken(async (manager) => {
      await this.assertEmailFree(email, null, manager);
      const user = manager.create(UserEntity, {
        email,
        fullName: body.fullName,
        passwordHash,
        locale: body.locale,
        roles: body.roles,
        isActive: true,
        ...toProfileColumns(body.profile ?? null),
        providerId: body.providerId ?? null,
      });
      return manager.save(user);
    });
    return toUserResponse(created);
  }

  /**
   * Edits an account. Deactivating or resetting the password ends the user's sessions at once.
   * Admins cannot deactivate themselves or drop their own admin role (no lock-out).
   */
  async update(caller: RequestUser, id: string, body: UpdateUserDto): Promise<UserResponse> {
    const user = await this.mustFindInScope(caller, id);
    const roles = body.roles ?? user.roles;
    const profile = body.profile !== undefined ? body.profile : toProfile(user);
    if (user.id === caller.id && (body.isActive === false || !roles.includes('admin'))) {
      throw new DomainError(ErrorCode.CannotChangeOwnAdmin, HttpStatus.CONFLICT, 'You cannot lock yourself out');
    }
    const email = body.email !== undefined ? normaliseEmail(body.email) : user.email;
    const errors = await this.checkProfileAndReferences(roles, profile);
    // An instructor's provider goes when the instructor role goes.
    const providerId =
      body.providerId !== undefined ? body.providerId : roles.includes('instructor') ? user.providerId : null;
    await this.checkProvider(errors, roles, providerId);
    if (body.password !== undefined) withPassword(errors, 'password', body.password, email);
    assertNoFieldErrors(errors);
    const passwordHash = body.password !== undefined ? await this.hasher.hash(body.password) : undefined;

    const saved = await this.saveOrEmailTaken(async (manager) => {
      if (email !== user.email) await this.assertEmailFree(email, user.id, manager);
      const wasActive = user.isActive;
      Object.assign(user, {
        email,
        roles,
        ...(body.fullName !== undefined && { fullName: body.fullName }),
        ...(body.locale !== undefined && { locale: body.locale }),
        ...(body.isActive !== undefined && { isActive: body.isActive }),
        ...(passwordHash && { passwordHash }),
        ...toProfileColumns(profile),
        providerId,
      });
      if (wasActive && !user.isActive) user.deactivatedAt = new Date();
      if (user.isActive) user.deactivatedAt = null;
      const result = await manager.save(user);
      if (!user.isActive || passwordHash) await this.sessions.endAllForUser(user.id, undefined, manager);
      return result;
    });
    // Roles, activity or password may have changed: the next request reads them afresh.
    this.sessions.forgetUser(user.id);
    return toUserResponse(saved);
  }

  /** Runs a write in a transaction; a concurrent insert of the same email becomes 409, not 500. */
  private async saveOrEmailTaken<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) throw emailTaken();
      throw error;
    }
  }

  private async mustFind(id: string): Promise<UserEntity> {
    const user = await this.users.findById(id);
    if (!user) throw DomainError.notFound('User');
    return user;
  }

  /** A user outside the caller's scope does not exist as far as the caller can tell. */
  private async mustFindInScope(caller: RequestUser, id: string): Promise<UserEntity> {
    const user = await this.users.findById(id);
    if (!user || !this.users.isInScope(user, this.policy.scopeFor(caller))) throw DomainError.notFound('User');
    return user;
  }

  private async assertEmailFree(email: string, exceptId: string | null, manager: EntityManager): Promise<void> {
    const existing = await this.users.findByEmail(email, manager);
    if (existing && existing.id !== exceptId) throw emailTaken();
  }

  private async checkProvider(
    errors: Record<string, FieldError>,
    roles: readonly Role[],
    providerId: string | null,
  ): Promise<void> {
    if (providerId === null) return;
    if (!roles.includes('instructor')) {
      errors.providerId = { code: FieldErrorCode.InvalidValue };
      return;
    }
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM providers WHERE id = $1', [providerId]);
    if (!rows.length) errors.providerId = { code: FieldErrorCode.InvalidValue };
  }

  private async checkProfileAndReferences(
    roles: readonly Role[],
    profile: LearnerProfile | null,
  ): Promise<Record<string, FieldError>> {
    const errors = checkProfile(roles, profile);
    if (profile) {
      if (!(await this.reference.regionExists(profile.regionCode))) {
        errors['profile.regionCode'] = { code: FieldErrorCode.InvalidValue };
      }
      if (profile.partyCode && !(await this.reference.partyExists(profile.partyCode))) {
        errors['profile.partyCode'] = { code: FieldErrorCode.InvalidValue };
      }
    }
    return errors;
  }
}

function emailTaken(): DomainError {
  return new DomainError(ErrorCode.EmailTaken, HttpStatus.CONFLICT, 'Email already in use', undefined, {
    email: { code: FieldErrorCode.InvalidValue },
  });
}

function withPassword(
  errors: Record<string, FieldError>,
  field: string,
  password: string,
  email: string,
): Record<string, FieldError> {
  const problem = checkPassword(password, email);
  if (problem) errors[field] = problem;
  return errors;
}

function assertNoFieldErrors(errors: Record<string, FieldError>): void {
  if (Object.keys(errors).length) throw DomainError.validation(errors);
}
