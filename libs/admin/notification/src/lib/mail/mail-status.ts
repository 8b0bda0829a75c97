import type { ChipTone } from '@kompeten/admin/ui';
import type { MailLogEntry, MailStatus } from '@kompeten/shared/contract';

export const MAIL_STATUS_TONES: Record<MailStatus, ChipTone> = {
  QUEUED: 'info', SENDING: 'info', RETRY: 'warning', SENT: 'success', DEAD: 'error', SUPPRESSED: 'neutral', NO_ADDRESS: 'warning',
};

/** The i18n key of what the log shows: a queued message without SMTP reads "not sent: SMTP not configured". */
export function mailStatusKey(m: Pick<MailLogEntry, 'status' | 'waitingForSmtp'>): string {
  return m.waitingForSmtp ? 'mail.status.WAITING_FOR_SMTP' : `mail.status.${m.status}`;
}

export function mailStatusTone(m: Pick<MailLogEntry, 'status' | 'waitingForSmtp'>): ChipTone {
  return m.waitingForSmtp ? 'warning' : MAIL_STATUS_TONES[m.status];
}

/** Dead messages and those waiting for a retry can be queued again by hand. */
export const canRetry = (m: Pick<MailLogEntry, 'status'>) => m.status === 'DEAD' || m.status === 'RETRY';
