import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HomeSummary } from '@kompeten/shared/contract';
import { Access, CurrentPrincipal, Principal } from '@kompeten/api/core';
import { HomeService } from './home.service';

@ApiTags('home') @ApiBearerAuth()
@Controller('home')
export class HomeController {
  constructor(private readonly home: HomeService) {}

  @Get() @Access('any', 'self') @ApiOperation({ summary: 'Counters and tasks for the signed-in user, by role' })
  summary(@CurrentPrincipal() p: Principal): Promise<HomeSummary> { return this.home.summary(p); }
}
