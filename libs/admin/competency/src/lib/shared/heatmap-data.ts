import type { Heatmap, HeatmapCell } from '@kompeten/shared/contract';

export interface HeatmapPoint {
  /** Competency column index. */
  x: number;
  /** Group row index. */
  y: number;
  /** Share of the group's employees below the standard, 0–100 (rounded). */
  share: number;
  cell: HeatmapCell;
  groupName: string;
  competencyName: string;
}

export interface HeatmapMatrix {
  xCodes: string[];
  xNames: string[];
  yIds: string[];
  yNames: string[];
  points: HeatmapPoint[];
}

export function belowShare(cell: Pick<HeatmapCell, 'below' | 'employees'>): number {
  return cell.employees > 0 ? Math.round((cell.below / cell.employees) * 100) : 0;
}

/** Groups × competencies as chart coordinates; cells the API did not send stay empty. */
export function buildHeatmap(h: Heatmap): HeatmapMatrix {
  const xIndex = new Map(h.competencies.map((c, i) => [c.code, i]));
  const yIndex = new Map(h.groups.map((g, i) => [g.id, i]));
  const points: HeatmapPoint[] = [];
  for (const cell of h.cells) {
    const x = xIndex.get(cell.competencyCode);
    const y = yIndex.get(cell.groupId);
    if (x === undefined || y === undefined) continue;
    points.push({ x, y, share: belowShare(cell), cell, groupName: h.groups[y].name, competencyName: h.competencies[x].name });
  }
  points.sort((a, b) => a.y - b.y || a.x - b.x);
  return {
    xCodes: h.competencies.map((c) => c.code),
    xNames: h.competencies.map((c) => c.name),
    yIds: h.groups.map((g) => g.id),
    yNames: h.groups.map((g) => g.name),
    points,
  };
}
