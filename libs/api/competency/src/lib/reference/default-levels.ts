import type { FunctionalLevel, PositionType } from '@kompeten/shared/contract';

/** Default required level per competency group for one jenis jabatan (and jenjang, for jabatan fungsional). */
export interface DefaultLevelRule {
  positionType: PositionType;
  /** Jenjang jabatan fungsional; null for JPT, administrator, pengawas and pelaksana. */
  functionalLevel: FunctionalLevel | null;
  manajerial: number;
  sosialKultural: number;
  teknis: number;
}

/**
 * Default required levels by jenis jabatan, used to pre-fill a standar kompetensi jabatan.
 *
 * UNCONFIRMED defaults (domain-asn.md §1.4): the PermenPAN-RB 38/2017 Lampiran could not be
 * retrieved, so this is the usual pattern in instansi standards, not a rule. An administrator
 * edits these values; nothing may hard-code them. Note that the LAN Widyaiswara standard sets
 * higher levels for jabatan fungsional keahlian (Ahli Pertama 2 … Ahli Utama 5).
 *
 * Teknis default = the manajerial level, but at least 2 for jabatan fungsional keahlian and at
 * least 1 otherwise.
 */
export const DEFAULT_REQUIRED_LEVELS: DefaultLevelRule[] = [
  { positionType: 'JPT_UTAMA', functionalLevel: null, manajerial: 5, sosialKultural: 5, teknis: 5 },
  { positionType: 'JPT_MADYA', functionalLevel: null, manajerial: 5, sosialKultural: 5, teknis: 5 },
  { positionType: 'JPT_PRATAMA', functionalLevel: null, manajerial: 4, sosialKultural: 4, teknis: 4 },
  { positionType: 'ADMINISTRATOR', functionalLevel: null, manajerial: 3, sosialKultural: 3, teknis: 3 },
  { positionType: 'PENGAWAS', functionalLevel: null, manajerial: 2, sosialKultural: 2, teknis: 2 },
  { positionType: 'PELAKSANA', functionalLevel: null, manajerial: 1, sosialKultural: 1, teknis: 1 },
  { positionType: 'FUNGSIONAL_KEAHLIAN', functionalLevel: 'AHLI_UTAMA', manajerial: 4, sosialKultural: 4, teknis: 4 },
  { positionType: 'FUNGSIONAL_KEAHLIAN', functionalLevel: 'AHLI_MADYA', manajerial: 3, sosialKultural: 3, teknis: 3 },
  { positionType: 'FUNGSIONAL_KEAHLIAN', functionalLevel: 'AHLI_MUDA', manajerial: 2, sosialKultural: 2, teknis: 2 },
  { positionType: 'FUNGSIONAL_KEAHLIAN', functionalLevel: 'AHLI_PERTAMA', manajerial: 1, sosialKultural: 1, teknis: 2 },
  { positionType: 'FUNGSIONAL_KETERAMPILAN', functionalLevel: 'PENYELIA', manajerial: 2, sosialKultural: 2, teknis: 2 },
  { positionType: 'FUNGSIONAL_KETERAMPILAN', functionalLevel: 'MAHIR', manajerial: 1, sosialKultural: 1, teknis: 1 },
  { positionType: 'FUNGSIONAL_KETERAMPILAN', functionalLevel: 'TERAMPIL', manajerial: 1, sosialKultural: 1, teknis: 1 },
  { positionType: 'FUNGSIONAL_KETERAMPILAN', functionalLevel: 'PEMULA', manajerial: 1, sosialKultural: 1, teknis: 1 },
];
