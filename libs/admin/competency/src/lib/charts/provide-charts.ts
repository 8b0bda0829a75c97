import { Provider } from '@angular/core';
import { provideEchartsCore } from 'ngx-echarts';

/** For lazy route providers: ECharts core is fetched on first chart, never in the initial bundle. */
export function provideCharts(): Provider {
  return provideEchartsCore({ echarts: () => import('./echarts').then((m) => m.echarts) });
}
