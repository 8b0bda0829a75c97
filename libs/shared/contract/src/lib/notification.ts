/**
 * Mail categories. ESSENTIAL mail (decisions on one's requests, certificates, recruitment results)
 * cannot be turned off; the others can, per user.
 */
export const MAIL_CATEGORIES = ['ESSENTIAL', 'REMINDER', 'DIGEST'] as const;
export type MailCategory = (typeof MAIL_CATEGORIES)[number];
export const OPTIONAL_MAIL_CATEGORIES: readonly MailCategory[] = ['REMINDER', 'DIGEST'];

/**
 * Life of an outbox row: QUEUED → SENDING (claimed by one drain, with a lease) → SENT, or back to
 * RETRY with a backoff, and DEAD after the last attempt. SUPPRESSED = the recipient turned the
 * category off; NO_ADDRESS = nobody to send to (kept so nothing vanishes silently).
 */
export const MAIL_STATUSES = ['QUEUED', 'SENDING', 'RETRY', 'SENT', 'DEAD', 'SUPPRESSED', 'NO_ADDRESS'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

export interface MailLogEntry {
  id: string;
  eventKey: string;
  template: string;
  category: MailCategory;
  recipientEmail: string | null;
  recipientName: string | null;
  language: 'id' | 'en';
  subject: string;
  status: MailStatus;
  /** True when the row waits only because no SMTP server is configured ("not sent: SMTP not configured"). */
  waitingForSmtp: boolean;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  messageId: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface MailLogQuery {
  status?: MailStatus;
  template?: string;
  recipient?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export interface MailLogSummary {
  smtpConfigured: boolean;
  counts: Partial<Record<MailStatus, number>>;
}

export interface MailMessage extends MailLogEntry {
  bodyText: string;
  bodyHtml: string;
}

export const JOB_OUTCOMES = ['RUNNING', 'OK', 'FAILED', 'SKIPPED'] as const;
export type JobOutcome = (typeof JOB_OUTCOMES)[number];

export interface JobRunEntry {
  id: string;
  job: string;
  tick: string;
  trigger: 'SCHEDULE' | 'MANUAL';
  instance: string;
  startedAt: string;
  finishedAt: string | null;
  outcome: JobOutcome;
  counts: Record<string, number>;
  error: string | null;
  requestedBy: string | null;
}

export interface JobSummary {
  name: string;
  description: string;
  /** Cron expression (Asia/Jakarta) or a period in seconds; exactly one is set. */
  cron: string | null;
  everySeconds: number | null;
  lastRun: JobRunEntry | null;
}

export interface NotificationPreferences {
  language: 'id' | 'en';
  /** Optional categories the user turned off (ESSENTIAL can never be here). */
  mutedCategories: MailCategory[];
}
