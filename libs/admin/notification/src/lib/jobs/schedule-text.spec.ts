import { scheduleText } from './schedule-text';

describe('scheduleText', () => {
  it('reads periods and the cron shapes our jobs use', () => {
    expect(scheduleText({ cron: null, everySeconds: 5 })).toEqual({ key: 'jobs.every.seconds', params: { n: 5 } });
    expect(scheduleText({ cron: '15 2 * * *', everySeconds: null })).toEqual({ key: 'jobs.every.day', params: { time: '02.15' } });
    expect(scheduleText({ cron: '0 7 1 * *', everySeconds: null })).toEqual({ key: 'jobs.every.month', params: { time: '07.00', day: 1 } });
    expect(scheduleText({ cron: '0 7 1 1,4,7,10 *', everySeconds: null })).toEqual({ key: 'jobs.every.quarter', params: { time: '07.00', day: 1 } });
    expect(scheduleText({ cron: '*/10 * * * *', everySeconds: null })).toEqual({ key: 'jobs.every.minutes', params: { n: 10 } });
  });

  it('falls back to the raw expression for anything else', () => {
    expect(scheduleText({ cron: '0 8 * * 1-5', everySeconds: null })).toEqual({ key: 'jobs.every.cron', params: { cron: '0 8 * * 1-5' } });
    expect(scheduleText({ cron: 'bogus', everySeconds: null }).key).toBe('jobs.every.cron');
  });
});
