import { Controller, Get, Res, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { HealthStatus } from '@kompeten/shared/contract';
import { Public } from '@kompeten/api/core';

@ApiTags('health')
@Controller({ path: 'health', version: VERSION_NEUTRAL })
export class HealthController {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  @Get() @Public()
  @ApiOperation({ summary: 'Liveness and database check (503 while the database is unreachable)' })
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthStatus> {
    let database: HealthStatus['database'] = 'up';
    try {
      await Promise.race([this.ds.query('SELECT 1'), new Promise((_, rej) => setTimeout(() => rej(new Error('timeout')), 2000))]);
    } catch {
      database = 'down';
      res.status(503).setHeader('Retry-After', '5');
    }
    return { status: database === 'up' ? 'ok' : 'degraded', database, version: process.env['npm_package_version'] ?? '0.1.0', time: new Date().toISOString() };
  }
}
