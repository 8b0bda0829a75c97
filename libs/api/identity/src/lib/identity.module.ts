import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PRINCIPAL_LOADER } from '@kompeten/api/core';
import { AppUserEntity } from './entities/app-user.entity';
import { UserUnitScopeEntity } from './entities/user-unit-scope.entity';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { AuthService } from './auth.service';
import { UsersService } from './users.service';
import { AuthController } from './auth.controller';
import { AuditController, UsersController } from './users.controller';

@Module({
  imports: [TypeOrmModule.forFeature([AppUserEntity, UserUnitScopeEntity, RefreshTokenEntity])],
  controllers: [AuthController, UsersController, AuditController],
  providers: [AuthService, UsersService, { provide: PRINCIPAL_LOADER, useExisting: AuthService }],
  exports: [AuthService, UsersService, PRINCIPAL_LOADER],
})
export class IdentityModule {}
