import { gapFor, GapResult, jpm, jpmCategory, meetsStandard } from '@kompeten/shared/domain';
import type { GapRow, JpmCategory } from '@kompeten/shared/contract';

export interface WhatIfResult {
  rows: (GapResult & { code: string; name: string })[];
  jpm: number | null;
  category: JpmCategory | null;
  openGaps: number;
  weightedGap: number;
  meetsStandard: boolean;
}

/**
 * "If I reach these levels, my gaps become …": the same pure functions the API uses, applied to the
 * employee's rows with hypothetical levels (an override replaces an unknown or current level).
 */
export function simulate(rows: readonly GapRow[], overrides: ReadonlyMap<string, number>): WhatIfResult {
  const out = rows.map((r) => {
    const level = overrides.get(r.competencyId) ?? (r.status === 'MET' || r.status === 'BELOW' ? r.currentLevel : null);
    const g = gapFor({
      competencyId: r.competencyId, requiredLevel: r.requiredLevel, weight: r.weight, essential: r.essential,
      effective: level === null
        ? { level: r.lastKnownLevel, status: r.status === 'EXPIRED' ? 'EXPIRED' : 'UNASSESSED', sourceId: null, method: null, assessedAt: null, validUntil: null }
        : { level, status: 'ASSESSED', sourceId: null, method: null, assessedAt: null, validUntil: null },
    });
    return { ...g, code: r.code, name: r.name };
  });
  const value = jpm(out);
  return {
    rows: out,
    jpm: value,
    category: jpmCategory(value),
    openGaps: out.filter((r) => r.status === 'BELOW').length,
    weightedGap: Math.round(out.reduce((s, r) => s + (r.weightedGap ?? 0), 0) * 100) / 100,
    meetsStandard: meetsStandard(out),
  };
}
