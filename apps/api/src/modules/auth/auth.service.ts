import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ErrorCode } from '@bilikti/contracts';
import { DomainError } from '../../common/domain-error';
import { UserEntity } from '../users/entities/user.entity';
import { normaliseEmail } from '../users/user-rules';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { SessionService } from './session.service';

export interface ClientMeta {
  ip: string;
  userAgent: string | null;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
  ) {}

  /**
   * Checks the password and opens a session. Unknown email, wrong password and deactivated
   * account all get the same 401 after the same amount of hashing work.
   */
  async login(rawEmail: string, password: string, client: ClientMeta): Promise<{ user: UserEntity; token: string }> {
    const email = normaliseEmail(rawEmail);
    await this.throttle.begin(email, client.ip);
    const user = await this.users.findOneBy({ email });
    const valid = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !valid || !user.isActive) {
      throw new DomainError(ErrorCode.InvalidCredentials, HttpStatus.UNAUTHORIZED, 'Wrong email or password');
    }
    await this.throttle.succeeded(email);
    const token = await this.sessions.create(user.id, { ip: client.ip, userAgent: client.userAgent });
    user.lastLoginAt = new Date();
    await this.users.update({ id: user.id }, { lastLoginAt: user.lastLoginAt });
    return { user, token };
  }

  logout(sessionId: string): Promise<void> {
    return this.sessions.end(sessionId);
  }
}
