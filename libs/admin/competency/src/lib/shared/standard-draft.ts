import type { Competency, PositionStandard, Requirement } from '@kompeten/shared/contract';
import { definedLevels } from './level-keys';

export interface DraftRow {
  competencyId: string;
  code: string;
  name: string;
  kind: Competency['kind'];
  /** Levels the competency defines: the only ones a standard may require. */
  levels: number[];
  included: boolean;
  requiredLevel: number;
  weight: number;
  essential: boolean;
}

/**
 * Editor rows for a new standard version: every competency of the chosen framework, pre-filled from
 * the standard in force where it requires the same competency. A required level the competency
 * does not define snaps to the nearest defined one.
 */
export function draftRows(competencies: readonly Competency[], current: PositionStandard | null): DraftRow[] {
  const byId = new Map((current?.requirements ?? []).map((r) => [r.competencyId, r]));
  return competencies.map((c) => {
    const levels = definedLevels(c.levels);
    const req = byId.get(c.id);
    return {
      competencyId: c.id,
      code: c.code,
      name: c.name,
      kind: c.kind,
      levels,
      included: !!req,
      requiredLevel: nearestLevel(req?.requiredLevel ?? 2, levels),
      weight: req?.weight ?? 1,
      essential: req?.essential ?? false,
    };
  });
}

export function nearestLevel(level: number, levels: readonly number[]): number {
  if (!levels.length || levels.includes(level)) return level;
  return [...levels].sort((a, b) => Math.abs(a - level) - Math.abs(b - level) || a - b)[0];
}

export function requirementsOf(rows: readonly DraftRow[]): Requirement[] {
  return rows
    .filter((r) => r.included)
    .map((r) => ({ competencyId: r.competencyId, requiredLevel: r.requiredLevel, weight: r.weight, essential: r.essential }));
}
