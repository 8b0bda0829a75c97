import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { EChartsCoreOption } from 'echarts/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import type { RadarAxis } from '../shared/radar-data';

export interface RadarLabels {
  required: string;
  current: string;
  /** Accessible summary of the chart. */
  summary: string;
}

/** Required vs current levels as a spider chart; line style and point labels repeat what colour says. */
@Component({
  selector: 'kp-radar-chart',
  imports: [NgxEchartsDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div echarts class="kp-radar" role="img" [attr.aria-label]="labels().summary" [options]="options()"></div>`,
  styles: `.kp-radar { display: block; width: 100%; height: 380px; } @media (max-width: 599.98px) { .kp-radar { height: 320px; } }`,
})
export class RadarChartView {
  readonly axes = input.required<RadarAxis[]>();
  readonly labels = input.required<RadarLabels>();
  readonly compact = input(false);

  protected readonly options = computed<EChartsCoreOption>(() => {
    const axes = this.axes();
    const l = this.labels();
    return {
      aria: { enabled: false },
      legend: { bottom: 0, data: [l.required, l.current], itemGap: 24 },
      tooltip: { trigger: 'item', confine: true },
      radar: {
        radius: this.compact() ? '58%' : '66%',
        center: ['50%', '48%'],
        splitNumber: 5,
        indicator: axes.map((a) => ({ name: a.code, max: 5, min: 0 })),
        axisName: { color: '#44474e', fontSize: 11 },
      },
      series: [
        {
          type: 'radar',
          data: [
            {
              name: l.required,
              value: axes.map((a) => a.required),
              symbol: 'rect',
              symbolSize: 7,
              lineStyle: { type: 'dashed', width: 2, color: '#5b5f6a' },
              itemStyle: { color: '#5b5f6a' },
            },
            {
              name: l.current,
              value: axes.map((a) => a.current),
              symbol: 'circle',
              symbolSize: 8,
              lineStyle: { width: 2, color: '#005cbb' },
              itemStyle: { color: '#005cbb' },
              areaStyle: { color: 'rgba(0, 92, 187, 0.15)' },
              label: { show: true, formatter: (p: { value: number }) => `${p.value}`, color: '#00325f', fontWeight: 600, fontSize: 11 },
            },
          ],
        },
      ],
    };
  });
}
