import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { JobRunEntry, JobSummary, MailLogEntry, MailLogSummary, MailMessage, NotificationPreferences, Page } from '@kompeten/shared/contract';
import { Access, CurrentPrincipal, fieldProblem, Principal } from '@kompeten/api/core';
import { JobRunQueryDto, MailLogQueryDto, NotificationPreferencesDto } from './dto/notification.dto';
import { MailLogService } from './mail/mail-log.service';
import { JobRunsService } from './jobs/job-runs.service';

@ApiTags('notifications') @ApiBearerAuth()
@Controller('mail-log')
export class MailLogController {
  constructor(private readonly mail: MailLogService) {}

  @Get() @Access(['ADMIN'], 'none') @ApiOperation({ summary: 'Mail log: every outbox message with its delivery status' })
  list(@Query() q: MailLogQueryDto): Promise<Page<MailLogEntry>> { return this.mail.list(q); }

  @Get('summary') @Access(['ADMIN'], 'none') @ApiOperation({ summary: 'Counts per delivery status and whether SMTP is configured' })
  summary(): Promise<MailLogSummary> { return this.mail.summary(); }

  @Get(':id') @Access(['ADMIN'], 'none') @ApiOperation({ summary: 'One message with its text and HTML body' })
  get(@Param('id', new ParseUUIDPipe({ version: '4' })) id: string): Promise<MailMessage> { return this.mail.get(id); }

  @Post(':id/retry') @Access(['ADMIN'], 'none') @HttpCode(200) @ApiOperation({ summary: 'Queue a dead message again ("retry now")' })
  retry(@CurrentPrincipal() p: Principal, @Param('id', new ParseUUIDPipe({ version: '4' })) id: string): Promise<MailLogEntry> { return this.mail.retry(p, id); }
}

@ApiTags('notifications') @ApiBearerAuth()
@Controller('jobs')
export class JobsController {
  constructor(private readonly runs: JobRunsService) {}

  @Get() @Access(['ADMIN'], 'none') @ApiOperation({ summary: 'Scheduled jobs with their last run' })
  list(): Promise<JobSummary[]> { return this.runs.summaries(); }

  @Get('runs') @Access(['ADMIN'], 'none') @ApiOperation({ summary: 'Recorded job runs, newest first' })
  history(@Query() q: JobRunQueryDto): Promise<Page<JobRunEntry>> { return this.runs.runs(q); }

  @Post(':name/run') @Access(['ADMIN'], 'none') @HttpCode(200) @ApiOperation({ summary: 'Run a job now (never overlaps a running one)' })
  run(@CurrentPrincipal() p: Principal, @Param('name') name: string): Promise<JobRunEntry> {
    if (!/^[a-z0-9.-]{1,80}$/.test(name)) throw fieldProblem('name', 'nama tugas tidak valid');
    return this.runs.runNow(p, name);
  }
}

@ApiTags('notifications') @ApiBearerAuth()
@Controller('me/notification-preferences')
export class NotificationPreferencesController {
  constructor(private readonly mail: MailLogService) {}

  @Get() @Access('any', 'self') @ApiOperation({ summary: 'Own e-mail preferences' })
  get(@CurrentPrincipal() p: Principal): Promise<NotificationPreferences> { return this.mail.preferences(p); }

  @Put() @Access('any', 'self') @ApiOperation({ summary: 'Turn optional e-mail categories (reminders, digests) on or off' })
  set(@CurrentPrincipal() p: Principal, @Body() dto: NotificationPreferencesDto): Promise<NotificationPreferences> {
    return this.mail.setPreferences(p, dto.mutedCategories);
  }
}
