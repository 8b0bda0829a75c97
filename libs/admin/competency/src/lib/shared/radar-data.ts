import type { GapRow } from '@kompeten/shared/contract';

export interface RadarAxis {
  code: string;
  name: string;
  required: number;
  current: number;
}

export interface RadarData {
  /** Competencies with a current level: the only ones drawn. */
  axes: RadarAxis[];
  /** Unassessed or expired: left out of the chart rather than drawn as 0. */
  missing: { code: string; name: string; status: GapRow['status'] }[];
  /** A radar needs three spokes to be readable. */
  drawable: boolean;
}

/**
 * Spider-chart data for required vs current levels. A competency without a current level (not yet
 * assessed, or expired) is left out: drawn at 0 it would read as "level 0", which nobody has.
 */
export function buildRadar(rows: readonly GapRow[]): RadarData {
  const axes: RadarAxis[] = [];
  const missing: RadarData['missing'] = [];
  for (const r of rows) {
    if (r.currentLevel === null || r.status === 'UNASSESSED' || r.status === 'EXPIRED') {
      missing.push({ code: r.code, name: r.name, status: r.status });
    } else {
      axes.push({ code: r.code, name: r.name, required: r.requiredLevel, current: r.currentLevel });
    }
  }
  return { axes, missing, drawable: axes.length >= 3 };
}
