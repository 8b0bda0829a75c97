import type { GapPriority, GapStatus, JpmCategory, Requirement } from '@kompeten/shared/contract';
import type { EffectiveLevel } from './competency-level';

export interface GapInput extends Requirement {
  effective: EffectiveLevel;
}

export interface GapResult {
  competencyId: string;
  requiredLevel: number;
  weight: number;
  essential: boolean;
  currentLevel: number | null;
  lastKnownLevel: number | null;
  gap: number | null;
  difference: number | null;
  weightedGap: number | null;
  status: GapStatus;
  priority: GapPriority;
}

/**
 * One requirement against the employee's effective level (competency-model.md §7.2, domain-asn.md):
 * gap = max(0, required − current), never computed from an unknown level; no compensation between
 * competencies, so surplus here offsets nothing elsewhere.
 */
export function gapFor(r: GapInput): GapResult {
  const known = r.effective.status === 'ASSESSED' ? r.effective.level : null;
  const base = { competencyId: r.competencyId, requiredLevel: r.requiredLevel, weight: r.weight, essential: r.essential };
  if (known === null) {
    return {
      ...base, currentLevel: null, lastKnownLevel: r.effective.level, gap: null, difference: null, weightedGap: null,
      status: r.effective.status === 'EXPIRED' ? 'EXPIRED' : 'UNASSESSED',
      // Unknown essential competencies must be assessed first: they block a defensible decision.
      priority: r.essential ? 'HIGH' : 'MEDIUM',
    };
  }
  const gap = Math.max(0, r.requiredLevel - known);
  const priority: GapPriority = gap === 0 ? 'NONE' : (r.essential && gap >= 1) || gap >= 2 ? 'HIGH' : gap === 1 ? 'MEDIUM' : 'LOW';
  return {
    ...base, currentLevel: known, lastKnownLevel: known, gap, difference: known - r.requiredLevel,
    weightedGap: round2(r.weight * gap), status: gap === 0 ? 'MET' : 'BELOW', priority,
  };
}

export type JpmVariant = 'NO_COMPENSATION' | 'CAPPED_RATIO';

/**
 * Job Person Match over assessed competencies only (domain-asn.md product decision):
 * NO_COMPENSATION = Σ w·min(C, R) ÷ Σ w·R × 100 (≤ 100 by construction, the default);
 * CAPPED_RATIO = min(100, Σ w·C ÷ Σ w·R × 100) as some assessment tools compute it.
 * Null when nothing is assessed or every weight is zero ("no standard", never 100 %).
 */
export function jpm(rows: readonly GapResult[], variant: JpmVariant = 'NO_COMPENSATION'): number | null {
  const assessed = rows.filter((r) => r.currentLevel !== null);
  const denom = assessed.reduce((s, r) => s + r.weight * r.requiredLevel, 0);
  if (!assessed.length || denom <= 0) return null;
  const num = assessed.reduce((s, r) => s + r.weight * (variant === 'NO_COMPENSATION' ? Math.min(r.currentLevel as number, r.requiredLevel) : (r.currentLevel as number)), 0);
  return round2(Math.min(100, (num / denom) * 100));
}

export type AssessmentPurpose = 'UJI_KOMPETENSI' | 'PEMETAAN';

export interface CategoryThresholds {
  UJI_KOMPETENSI: { MS: number; MMS: number };
  PEMETAAN: { O: number; CO: number };
}

/** Defaults from domain-asn.md §1.5; administrators can change them. */
export const DEFAULT_CATEGORY_THRESHOLDS: CategoryThresholds = {
  UJI_KOMPETENSI: { MS: 80, MMS: 68 },
  PEMETAAN: { O: 90, CO: 78 },
};

export function jpmCategory(value: number | null, purpose: AssessmentPurpose = 'PEMETAAN', t: CategoryThresholds = DEFAULT_CATEGORY_THRESHOLDS): JpmCategory | null {
  if (value === null) return null;
  if (purpose === 'UJI_KOMPETENSI') return value >= t.UJI_KOMPETENSI.MS ? 'MS' : value >= t.UJI_KOMPETENSI.MMS ? 'MMS' : 'KMS';
  return value >= t.PEMETAAN.O ? 'O' : value >= t.PEMETAAN.CO ? 'CO' : 'KO';
}

/**
 * Meets the standard (competency-model.md §7.3): every essential requirement assessed and met, and no
 * assessed requirement below its level. An unassessed asset requirement does not block.
 */
export function meetsStandard(rows: readonly GapResult[]): boolean {
  return rows.length > 0 && rows.every((r) => (r.essential ? r.status === 'MET' : r.status !== 'BELOW'));
}

const round2 = (n: number) => Math.round(n * 100) / 100;
