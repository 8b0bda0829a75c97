import type { CompetencyKind } from '@kompeten/shared/contract';

/**
 * What an import file says, independent of its format: CASE and CSV/XLSX readers produce this and
 * one writer (import-writer.ts) applies it, so both formats share matching, counting and dry-run.
 */
export interface ImportLevel {
  level: number;
  defined: boolean;
  title: string;
  description: string;
  indicators: string[];
  /** CASE identifier from the file; null = keep the stored one (or generate one). */
  caseIdentifier: string | null;
}

export interface ImportGroup {
  /** Key that competencies and sub-groups use to point at this group (identifier or code). */
  key: string;
  caseIdentifier: string | null;
  code: string;
  name: string;
  kind: CompetencyKind;
  /** undefined = the format does not carry the hierarchy: keep the stored parent. */
  parentKey?: string | null;
  sortOrder: number;
}

export interface ImportCompetency {
  caseIdentifier: string | null;
  code: string;
  name: string;
  definition: string;
  groupKey: string;
  sortOrder: number;
  /** Listed levels; levels 1–5 not listed are stored as not defined. */
  levels: ImportLevel[];
}

export interface ImportFramework {
  caseIdentifier: string | null;
  code: string | null;
  name: string | null;
  description?: string | null;
  sourceUrl?: string | null;
}

export interface ImportModel {
  framework: ImportFramework;
  groups: ImportGroup[];
  competencies: ImportCompetency[];
}

/** A warning or error: `field` is a JSON pointer (CASE) or a column name (CSV/XLSX, with the sheet row). */
export interface ExchangeIssue {
  field: string;
  message: string;
  row?: number;
}

export interface ImportPlan {
  model: ImportModel;
  warnings: ExchangeIssue[];
  errors: ExchangeIssue[];
}

export interface ImportCounts {
  groups: number;
  competencies: number;
  levels: number;
  indicators: number;
}

export const zeroCounts = (): ImportCounts => ({ groups: 0, competencies: 0, levels: 0, indicators: 0 });

export type ImportAction = 'UPDATE_DRAFT' | 'NEW_VERSION' | 'NEW_FRAMEWORK';

export interface FrameworkImportReport {
  dryRun: boolean;
  format: 'case' | 'csv' | 'xlsx';
  /** What the import did (or would do) with the target framework. */
  action: ImportAction | null;
  /** The framework written; on a dry run only when it already existed (a new one is rolled back). */
  frameworkId: string | null;
  created: ImportCounts;
  updated: ImportCounts;
  unchanged: ImportCounts;
  warnings: ExchangeIssue[];
  errors: ExchangeIssue[];
}

/** Codes follow the framework editor's rule (dto/framework.dto.ts). */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
export const LEVEL_MIN = 1;
export const LEVEL_MAX = 5;
