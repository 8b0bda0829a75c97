import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import type { ChangePasswordRequest, Language, LoginRequest, RefreshRequest, ResetPasswordRequest, UpdatePreferencesRequest } from '@kompeten/shared/contract';

export const PASSWORD_RULE = /^(?=.*[A-Za-z])(?=.*\d).{10,128}$/;
export const PASSWORD_MESSAGE = 'kata sandi minimal 10 karakter dan memuat huruf serta angka';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: '198609262015051001' }) @IsString() @MinLength(1) @MaxLength(64) username!: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(256) password!: string;
}

export class RefreshDto implements RefreshRequest {
  @ApiProperty() @IsString() @MinLength(20) @MaxLength(200) refreshToken!: string;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty() @IsString() @MaxLength(256) currentPassword!: string;
  @ApiProperty() @IsString() @Matches(PASSWORD_RULE, { message: PASSWORD_MESSAGE }) newPassword!: string;
}

export class ResetPasswordDto implements ResetPasswordRequest {
  @ApiProperty() @IsString() @Matches(PASSWORD_RULE, { message: PASSWORD_MESSAGE }) newPassword!: string;
}

export class PreferencesDto implements UpdatePreferencesRequest {
  @ApiProperty({ enum: ['id', 'en'] }) @IsIn(['id', 'en']) language!: Language;
}
