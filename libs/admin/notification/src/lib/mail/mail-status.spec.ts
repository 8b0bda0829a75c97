import { canRetry, mailStatusKey, mailStatusTone } from './mail-status';

describe('mail status display', () => {
  it('says "SMTP not configured" for a queued message while no server is set, else the status itself', () => {
    expect(mailStatusKey({ status: 'QUEUED', waitingForSmtp: true })).toBe('mail.status.WAITING_FOR_SMTP');
    expect(mailStatusTone({ status: 'QUEUED', waitingForSmtp: true })).toBe('warning');
    expect(mailStatusKey({ status: 'SENT', waitingForSmtp: false })).toBe('mail.status.SENT');
    expect(mailStatusTone({ status: 'DEAD', waitingForSmtp: false })).toBe('error');
  });

  it('offers "send again" only for dead or retrying messages', () => {
    expect(canRetry({ status: 'DEAD' })).toBe(true);
    expect(canRetry({ status: 'RETRY' })).toBe(true);
    expect(canRetry({ status: 'SENT' })).toBe(false);
    expect(canRetry({ status: 'SUPPRESSED' })).toBe(false);
  });
});
