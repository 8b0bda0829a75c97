/**
 * Shapes of the reference data (kamus kompetensi) shipped with Kompeten.
 * Reference data is loaded into the database as a published framework version
 * (see ../seed/load-framework.ts); administrators edit their own copies, never these files.
 */

/** One proficiency level of a competency. An undefined level has empty title, description and indicators. */
export interface RefLevel {
  level: 1 | 2 | 3 | 4 | 5;
  defined: boolean;
  title: string;
  description: string;
  /** Indikator perilaku: 3 per defined level. */
  indicators: string[];
}

export interface RefCompetency {
  code: string;
  name: string;
  definition: string;
  levels: RefLevel[];
}

export interface RefGroup {
  code: string;
  name: string;
  kind: 'MANAJERIAL' | 'SOSIAL_KULTURAL' | 'TEKNIS';
  competencies: RefCompetency[];
  children?: RefGroup[];
}

export interface RefFramework {
  code: string;
  name: string;
  description: string;
  sourceUrl: string | null;
  groups: RefGroup[];
}
