import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuditEntry, Page, UserSummary } from '@kompeten/shared/contract';
import { Access, AuditService, CurrentPrincipal, Principal } from '@kompeten/api/core';
import { UsersService } from './users.service';
import { CreateUserDto, UpdateUserDto, UserListQueryDto } from './dto/user.dto';
import { ResetPasswordDto } from './dto/auth.dto';
import { AuditQueryDto } from './dto/audit.dto';

@ApiTags('users') @ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get() @Access(['ADMIN'], 'none') @ApiOperation({ summary: 'List user accounts' })
  list(@Query() q: UserListQueryDto): Promise<Page<UserSummary>> { return this.users.list(q); }

  @Get(':id') @Access(['ADMIN'], 'none') @ApiOperation({ summary: 'One user account' })
  get(@Param('id', new ParseUUIDPipe({ version: '4' })) id: string): Promise<UserSummary> { return this.users.get(id); }

  @Post() @Access(['ADMIN'], 'none') @ApiOperation({ summary: 'Create a user; the password must be changed at first sign-in' })
  create(@CurrentPrincipal() p: Principal, @Body() dto: CreateUserDto): Promise<UserSummary> { return this.users.create(p, dto); }

  @Patch(':id') @Access(['ADMIN'], 'none') @ApiOperation({ summary: 'Change roles, HR unit scope, or deactivate (revokes sessions)' })
  update(@CurrentPrincipal() p: Principal, @Param('id', new ParseUUIDPipe({ version: '4' })) id: string, @Body() dto: UpdateUserDto): Promise<UserSummary> {
    return this.users.update(p, id, dto);
  }

  @Post(':id/reset-password') @Access(['ADMIN'], 'none') @HttpCode(204)
  @ApiOperation({ summary: 'Set a temporary password; forces a change at next sign-in and revokes sessions' })
  async reset(@CurrentPrincipal() p: Principal, @Param('id', new ParseUUIDPipe({ version: '4' })) id: string, @Body() dto: ResetPasswordDto): Promise<void> {
    await this.users.resetPassword(p, id, dto.newPassword);
  }
}

@ApiTags('audit') @ApiBearerAuth()
@Controller('audit-log')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get() @Access(['ADMIN'], 'none') @ApiOperation({ summary: 'Append-only audit log with filters' })
  list(@Query() q: AuditQueryDto): Promise<Page<AuditEntry>> { return this.audit.list(q); }
}
