/** Competency groups of the ASN standard (PermenPAN-RB 38/2017). */
export const COMPETENCY_KINDS = ['MANAJERIAL', 'SOSIAL_KULTURAL', 'TEKNIS'] as const;
export type CompetencyKind = (typeof COMPETENCY_KINDS)[number];

export const FRAMEWORK_STATUSES = ['DRAFT', 'PUBLISHED', 'RETIRED'] as const;
export type FrameworkStatus = (typeof FRAMEWORK_STATUSES)[number];

export const LEVELS = [1, 2, 3, 4, 5] as const;
export type Level = (typeof LEVELS)[number];

export interface LevelDescriptor {
  level: number;
  /** False where the competency does not exist at this level (SFIA-style partial coverage). */
  defined: boolean;
  title: string;
  description: string;
  indicators: string[];
}

export interface CompetencyFramework {
  id: string;
  code: string;
  name: string;
  description: string | null;
  version: number;
  status: FrameworkStatus;
  agencyId: string | null;
  publishedAt: string | null;
  /** The version this one was derived from. */
  previousVersionId: string | null;
  /** True once a standard or an assessment points at it: then edits need a new version. */
  inUse: boolean;
  caseIdentifier: string;
  competencyCount: number;
  updatedAt: string;
}

export interface CompetencyGroup {
  id: string;
  frameworkId: string;
  parentId: string | null;
  code: string;
  name: string;
  kind: CompetencyKind;
  sortOrder: number;
}

export interface Competency {
  id: string;
  frameworkId: string;
  groupId: string;
  code: string;
  name: string;
  definition: string;
  kind: CompetencyKind;
  sortOrder: number;
  levels: LevelDescriptor[];
  caseIdentifier: string;
}

export interface FrameworkDetail extends CompetencyFramework {
  groups: CompetencyGroup[];
  competencies: Competency[];
}

export const ASSESSMENT_METHODS = [
  'ASSESSMENT_CENTER',
  'TEST',
  'FEEDBACK_360',
  'SUPERVISOR',
  'TRAINING_COMPLETION',
  'PRIOR_LEARNING',
  'SELF',
] as const;
export type AssessmentMethod = (typeof ASSESSMENT_METHODS)[number];

export const ASSESSMENT_STATUSES = ['DRAFT', 'FINAL', 'VOID'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export interface Assessment {
  id: string;
  employeeId: string;
  competencyId: string;
  /** Null = "not assessable". */
  level: number | null;
  method: AssessmentMethod;
  assessorId: string | null;
  assessorName: string | null;
  assessedAt: string;
  validUntil: string | null;
  status: AssessmentStatus;
  note: string | null;
  voidReason: string | null;
  frameworkId: string;
}

export const GAP_STATUSES = ['MET', 'BELOW', 'UNASSESSED', 'EXPIRED'] as const;
export type GapStatus = (typeof GAP_STATUSES)[number];
export type GapPriority = 'HIGH' | 'MEDIUM' | 'LOW' | 'NONE';

export interface Requirement {
  competencyId: string;
  requiredLevel: number;
  weight: number;
  essential: boolean;
}

export interface GapRow extends Requirement {
  code: string;
  name: string;
  kind: CompetencyKind;
  currentLevel: number | null;
  /** Last known level, shown when the assessment has expired. */
  lastKnownLevel: number | null;
  /** max(0, required − current); null when unassessed or expired ("assess first"). */
  gap: number | null;
  /** current − required, as assessment tools store it; null when unknown. */
  difference: number | null;
  weightedGap: number | null;
  status: GapStatus;
  priority: GapPriority;
  assessedAt: string | null;
  validUntil: string | null;
  method: AssessmentMethod | null;
}

export type JpmCategory = 'MS' | 'MMS' | 'KMS' | 'O' | 'CO' | 'KO';

export interface GapSummary {
  employeeId: string;
  positionId: string | null;
  standardId: string | null;
  rows: GapRow[];
  /** Job Person Match % over assessed competencies; null when nothing is assessed or no standard. */
  jpm: number | null;
  category: JpmCategory | null;
  coverage: { assessed: number; total: number };
  meetsStandard: boolean;
}

export interface StandardRequirement extends Requirement {
  code: string;
  name: string;
  kind: CompetencyKind;
}

export interface PositionStandard {
  id: string;
  frameworkId: string;
  /** Set for a standard of one position; null for a template of a jabatan type. */
  positionId: string | null;
  positionType: import('./organisation').PositionType | null;
  functionalLevel: import('./organisation').FunctionalLevel | null;
  name: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  requirements: StandardRequirement[];
}

export interface CreateStandardRequest {
  frameworkId: string;
  positionId?: string;
  positionType?: import('./organisation').PositionType;
  functionalLevel?: import('./organisation').FunctionalLevel;
  name: string;
  effectiveFrom: string;
  requirements: Requirement[];
}

export interface AssessmentSheetItem {
  competencyId: string;
  /** Null = "not assessable". */
  level: number | null;
  note?: string;
}

export interface CreateAssessmentsRequest {
  employeeId: string;
  method: AssessmentMethod;
  assessedAt: string;
  validUntil?: string | null;
  items: AssessmentSheetItem[];
}

export interface HeatmapCell {
  groupId: string;
  competencyCode: string;
  employees: number;
  below: number;
  unassessed: number;
  meanGap: number | null;
}

export interface Heatmap {
  rootUnitId: string;
  groupBy: 'unit' | 'position';
  groups: { id: string; name: string; employees: number }[];
  competencies: { code: string; name: string; kind: CompetencyKind }[];
  cells: HeatmapCell[];
}

/** One row of the supervisor's assessment sheet: what is required, where the employee stands, the rubric. */
export interface AssessmentSheetRow {
  competencyId: string;
  code: string;
  name: string;
  kind: CompetencyKind;
  definition: string;
  requiredLevel: number;
  essential: boolean;
  currentLevel: number | null;
  currentStatus: GapStatus;
  lastSelfLevel: number | null;
  lastSelfAt: string | null;
  levels: LevelDescriptor[];
}

export interface AssessmentSheet {
  employeeId: string;
  employeeName: string;
  positionName: string | null;
  standardId: string | null;
  rows: AssessmentSheetRow[];
}

/** A supervisor's team at a glance: one line per report. */
export interface TeamMemberGap {
  employeeId: string;
  name: string;
  nip: string;
  positionName: string | null;
  required: number;
  assessed: number;
  below: number;
  expired: number;
  jpm: number | null;
}
