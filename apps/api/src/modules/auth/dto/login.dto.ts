import { IsString, MaxLength, MinLength } from 'class-validator';
import { LIMITS, type LoginRequest } from '@bilikti/contracts';

export class LoginDto implements LoginRequest {
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.emailMax)
  email: string;

  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.passwordMax)
  password: string;
}
