import { Body, Controller, HttpCode, HttpStatus, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { UserResponse } from '@bilikti/contracts';
import { CurrentSession, Public, SignedIn } from '../../common/access.decorators';
import type { RequestSession } from '../../common/authenticated-request';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { toUserResponse } from '../users/user.mapper';
import { AuthService } from './auth.service';
import { LoginDto } from './dto/login.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  async login(
    @Body() body: LoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<UserResponse> {
    const client = { ip: request.ip ?? 'unknown', userAgent: request.get('user-agent') ?? null };
    const { user, token } = await this.auth.login(body.email, body.password, client);
    response.cookie(this.config.session.cookieName, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.session.secureCookie,
      path: '/',
      maxAge: this.config.session.ttlHours * 3600 * 1000,
    });
    return toUserResponse(user);
  }

  @SignedIn()
  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  async logout(
    @CurrentSession() session: RequestSession,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.auth.logout(session.id);
    response.clearCookie(this.config.session.cookieName, { path: '/' });
  }
}
