import { Body, Controller, Get, HttpCode, Patch, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { CurrentUser, TokenResponse } from '@kompeten/shared/contract';
import { Access, AllowPendingPassword, CurrentPrincipal, Principal, Public } from '@kompeten/api/core';
import { AuthService } from './auth.service';
import { ChangePasswordDto, LoginDto, PreferencesDto, RefreshDto } from './dto/auth.dto';

const strip = ({ active: _a, ...u }: Principal): CurrentUser => u;

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login') @Public() @HttpCode(200)
  @UseGuards(ThrottlerGuard) // per-IP limit; the per-account lockout lives in the database
  @ApiOperation({ summary: 'Sign in with NIP (or service username) and password; returns access and refresh tokens' })
  login(@Body() dto: LoginDto): Promise<TokenResponse> {
    return this.auth.login(dto.username, dto.password);
  }

  @Post('refresh') @Public() @HttpCode(200)
  @UseGuards(ThrottlerGuard) // per-IP limit; the per-account lockout lives in the database
  @ApiOperation({ summary: 'Rotate a refresh token; a reused token revokes its whole session family' })
  refresh(@Body() dto: RefreshDto): Promise<TokenResponse> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('logout') @Public() @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: revokes the refresh token and its session family' })
  async logout(@Body() dto: RefreshDto): Promise<void> {
    await this.auth.logout(dto.refreshToken);
  }

  @Get('me') @Access('any', 'self') @AllowPendingPassword() @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user with roles and HR unit scope' })
  me(@CurrentPrincipal() p: Principal): CurrentUser {
    return strip(p);
  }

  @Post('change-password') @Access('any', 'self') @AllowPendingPassword() @HttpCode(204) @ApiBearerAuth()
  @ApiOperation({ summary: 'Change own password (required after an admin reset)' })
  async changePassword(@CurrentPrincipal() p: Principal, @Body() dto: ChangePasswordDto): Promise<void> {
    await this.auth.changePassword(p, dto.currentPassword, dto.newPassword);
  }

  @Patch('preferences') @Access('any', 'self') @AllowPendingPassword() @ApiBearerAuth()
  @ApiOperation({ summary: 'Set own preferences (UI and e-mail language)' })
  async preferences(@CurrentPrincipal() p: Principal, @Body() dto: PreferencesDto): Promise<CurrentUser> {
    await this.auth.setLanguage(p, dto.language);
    return { ...strip(p), language: dto.language };
  }
}
