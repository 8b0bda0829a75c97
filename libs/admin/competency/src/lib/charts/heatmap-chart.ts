import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { EChartsCoreOption } from 'echarts/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import type { HeatmapMatrix, HeatmapPoint } from '../shared/heatmap-data';

export interface HeatmapLabels {
  summary: string;
  share: string;
  below: string;
  unassessed: string;
  meanGap: string;
  employees: string;
}

/** Groups × competencies, shaded by the share below standard; every cell also prints its number. */
@Component({
  selector: 'kp-heatmap-chart',
  imports: [NgxEchartsDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      echarts
      class="kp-heatmap"
      role="img"
      [attr.aria-label]="labels().summary"
      [style.height.px]="height()"
      [options]="options()"
      (chartClick)="onClick($event)"
    ></div>
  `,
  styles: `.kp-heatmap { display: block; min-width: 640px; width: 100%; }`,
})
export class HeatmapChartView {
  readonly matrix = input.required<HeatmapMatrix>();
  readonly labels = input.required<HeatmapLabels>();
  readonly cellClick = output<HeatmapPoint>();

  protected readonly height = computed(() => Math.max(260, this.matrix().yNames.length * 44 + 150));

  protected readonly options = computed<EChartsCoreOption>(() => {
    const m = this.matrix();
    const l = this.labels();
    const short = (s: string) => (s.length > 34 ? `${s.slice(0, 32)}…` : s);
    return {
      tooltip: {
        confine: true,
        formatter: (p: { dataIndex: number }) => {
          const pt = m.points[p.dataIndex];
          if (!pt) return '';
          const gap = pt.cell.meanGap === null ? '—' : pt.cell.meanGap.toLocaleString('id-ID', { maximumFractionDigits: 2 });
          return [
            `<strong>${escape(pt.groupName)}</strong>`,
            `${escape(m.xCodes[pt.x])} · ${escape(pt.competencyName)}`,
            `${l.share}: <strong>${pt.share}%</strong>`,
            `${l.below}: ${pt.cell.below} / ${pt.cell.employees} ${l.employees}`,
            `${l.unassessed}: ${pt.cell.unassessed}`,
            `${l.meanGap}: ${gap}`,
          ].join('<br>');
        },
      },
      grid: { top: 16, left: 8, right: 16, bottom: 64, containLabel: true },
      xAxis: { type: 'category', data: m.xCodes, splitArea: { show: true }, axisLabel: { rotate: 45, fontSize: 11 } },
      yAxis: { type: 'category', data: m.yNames.map(short), inverse: true, splitArea: { show: true }, axisLabel: { fontSize: 11 } },
      visualMap: {
        min: 0,
        max: 100,
        calculable: false,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        itemHeight: 160,
        text: ['100%', '0%'],
        inRange: { color: ['#e8f1fb', '#fde7c2', '#f4a259', '#c0392b'] },
      },
      series: [
        {
          type: 'heatmap',
          data: m.points.map((p) => ({ value: [p.x, p.y, p.share], label: { color: p.share >= 55 ? '#ffffff' : '#1b1b1f' } })),
          label: { show: true, formatter: (p: { value: number[] }) => `${p.value[2]}%`, fontSize: 11 },
          itemStyle: { borderColor: '#fff', borderWidth: 1 },
          emphasis: { itemStyle: { borderColor: '#1b1b1f', borderWidth: 2 } },
        },
      ],
    };
  });

  protected onClick(e: { dataIndex?: number }): void {
    const pt = e.dataIndex === undefined ? undefined : this.matrix().points[e.dataIndex];
    if (pt) this.cellClick.emit(pt);
  }
}

function escape(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
}
