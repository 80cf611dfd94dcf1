import { IsString, MaxLength, MinLength } from 'class-validator';
import { type ChangePasswordRequest, LIMITS } from '@bilikti/contracts';

export class ChangePasswordDto implements ChangePasswordRequest {
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.passwordMax)
  currentPassword: string;

  @IsString()
  @MinLength(LIMITS.passwordMin)
  @MaxLength(LIMITS.passwordMax)
  newPassword: string;
}
