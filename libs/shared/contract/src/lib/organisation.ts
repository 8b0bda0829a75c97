export interface Agency {
  id: string;
  code: string;
  name: string;
}

export const UNIT_KINDS = ['sekretariat', 'dinas', 'badan', 'biro', 'bidang', 'bagian', 'seksi', 'subbagian', 'uptd', 'kantor', 'lainnya'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface Unit {
  id: string;
  agencyId: string;
  parentId: string | null;
  code: string;
  name: string;
  kind: UnitKind;
  depth: number;
  /** Number of active employees in this unit alone (not the subtree). */
  employeeCount: number;
  version: number;
}

export interface UnitTreeNode extends Unit {
  children: UnitTreeNode[];
}

export interface CreateUnitRequest {
  parentId?: string | null;
  code: string;
  name: string;
  kind: UnitKind;
}

export interface UpdateUnitRequest {
  code?: string;
  name?: string;
  kind?: UnitKind;
  version: number;
}

export interface MoveUnitRequest {
  newParentId: string;
  reason?: string;
}

/** Jenis jabatan, with jenjang where the type has one. */
export const POSITION_TYPES = [
  'JPT_UTAMA',
  'JPT_MADYA',
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PENGAWAS',
  'PELAKSANA',
  'FUNGSIONAL_KEAHLIAN',
  'FUNGSIONAL_KETERAMPILAN',
] as const;
export type PositionType = (typeof POSITION_TYPES)[number];

export const FUNCTIONAL_LEVELS = {
  FUNGSIONAL_KEAHLIAN: ['AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA'],
  FUNGSIONAL_KETERAMPILAN: ['PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA'],
} as const;
export type FunctionalLevel =
  | (typeof FUNCTIONAL_LEVELS)['FUNGSIONAL_KEAHLIAN'][number]
  | (typeof FUNCTIONAL_LEVELS)['FUNGSIONAL_KETERAMPILAN'][number];

export interface Position {
  id: string;
  unitId: string;
  code: string;
  name: string;
  type: PositionType;
  /** Jenjang for jabatan fungsional; null otherwise. */
  functionalLevel: FunctionalLevel | null;
  /** Kelas jabatan 1–17. */
  grade: number;
  holderCount: number;
  version: number;
}

export interface CreatePositionRequest {
  unitId: string;
  code: string;
  name: string;
  type: PositionType;
  functionalLevel?: FunctionalLevel | null;
  grade: number;
}

export interface UpdatePositionRequest extends Partial<CreatePositionRequest> {
  version: number;
}

export const EMPLOYMENT_TYPES = ['PNS', 'CPNS', 'PPPK'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export const EMPLOYEE_STATUSES = ['ACTIVE', 'ON_LEAVE', 'RETIRED', 'MOVED'] as const;
export type EmployeeStatus = (typeof EMPLOYEE_STATUSES)[number];

export const GENDERS = ['L', 'P'] as const;
export type Gender = (typeof GENDERS)[number];

export interface EmployeeSummary {
  id: string;
  nip: string;
  /** Full name with gelar, as written on official letters. */
  displayName: string;
  name: string;
  golongan: string;
  employmentType: EmploymentType;
  status: EmployeeStatus;
  unitId: string;
  unitName: string;
  positionId: string | null;
  positionName: string | null;
  positionType: PositionType | null;
}

export interface Employee extends EmployeeSummary {
  frontTitle: string | null;
  backTitle: string | null;
  gender: Gender;
  birthDate: string;
  birthPlace: string | null;
  supervisorId: string | null;
  supervisorName: string | null;
  email: string | null;
  phone: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface EmployeeHistoryEntry {
  id: string;
  unitId: string;
  unitName: string;
  positionId: string | null;
  positionName: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  reason: string | null;
}

export interface CreateEmployeeRequest {
  nip: string;
  name: string;
  frontTitle?: string | null;
  backTitle?: string | null;
  gender: Gender;
  birthDate: string;
  birthPlace?: string | null;
  golongan: string;
  employmentType: EmploymentType;
  status?: EmployeeStatus;
  unitId: string;
  positionId?: string | null;
  supervisorId?: string | null;
  email?: string | null;
  phone?: string | null;
}

export interface UpdateEmployeeRequest extends Partial<Omit<CreateEmployeeRequest, 'nip'>> {
  version: number;
  /** Effective date of a unit or position change (defaults to today). */
  effectiveFrom?: string;
  reason?: string;
}

export interface EmployeeListQuery {
  q?: string;
  unitId?: string;
  /** When true (default) the unit filter includes the whole subtree. */
  includeSubunits?: boolean;
  positionType?: PositionType;
  golongan?: string;
  status?: EmployeeStatus;
  employmentType?: EmploymentType;
  limit?: number;
  offset?: number;
  sort?: string;
}

export interface ImportRowError {
  row: number;
  column: string;
  message: string;
}

export interface ImportReport {
  dryRun: boolean;
  totalRows: number;
  validRows: number;
  created: number;
  updated: number;
  errors: ImportRowError[];
  /** Present while a real import runs; clients poll `GET /imports/{id}`. */
  jobId?: string;
}

export interface ImportJob {
  id: string;
  kind: string;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  processed: number;
  total: number;
  report: ImportReport | null;
  error: string | null;
  startedAt: string;
  finishedAt: string | null;
}

/** Columns of the employee import file, in template order. */
export const EMPLOYEE_IMPORT_COLUMNS = [
  'nip',
  'nama',
  'gelar_depan',
  'gelar_belakang',
  'jenis_kelamin',
  'tanggal_lahir',
  'tempat_lahir',
  'golongan',
  'jenis_pegawai',
  'kode_unit',
  'kode_jabatan',
  'nip_atasan',
  'email',
  'telepon',
] as const;
