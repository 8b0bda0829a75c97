/** What the signed-in user should do next, shown on the home page. */
export interface HomeSummary {
  counters: { key: string; value: number }[];
  tasks: { key: string; count: number; link: string }[];
}

export interface HealthStatus {
  status: 'ok' | 'degraded';
  database: 'up' | 'down';
  version: string;
  time: string;
}
