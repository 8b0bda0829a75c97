import type { JobSummary } from '@kompeten/shared/contract';

export interface ScheduleText {
  key: string;
  params: Record<string, string | number>;
}

const pad = (n: string) => n.padStart(2, '0');

/**
 * Reads the cron shapes our jobs use (daily, monthly, quarterly, every n minutes) as words; anything
 * else is shown as the raw expression. Times are WIB: the scheduler runs in Asia/Jakarta.
 */
export function scheduleText(j: Pick<JobSummary, 'cron' | 'everySeconds'>): ScheduleText {
  if (j.everySeconds) return { key: 'jobs.every.seconds', params: { n: j.everySeconds } };
  const parts = (j.cron ?? '').trim().split(/\s+/);
  if (parts.length !== 5) return { key: 'jobs.every.cron', params: { cron: j.cron ?? '' } };
  const [m, h, dom, mon, dow] = parts;
  const num = /^\d+$/;
  const everyMin = /^\*\/(\d+)$/.exec(m);
  if (everyMin && h === '*' && dom === '*' && mon === '*' && dow === '*') return { key: 'jobs.every.minutes', params: { n: +everyMin[1] } };
  if (!num.test(m) || !num.test(h)) return { key: 'jobs.every.cron', params: { cron: j.cron ?? '' } };
  const time = `${pad(h)}.${pad(m)}`;
  if (dom === '*' && mon === '*' && dow === '*') return { key: 'jobs.every.day', params: { time } };
  if (num.test(dom) && mon === '*' && dow === '*') return { key: 'jobs.every.month', params: { time, day: +dom } };
  if (num.test(dom) && mon === '1,4,7,10' && dow === '*') return { key: 'jobs.every.quarter', params: { time, day: +dom } };
  return { key: 'jobs.every.cron', params: { cron: j.cron ?? '' } };
}
