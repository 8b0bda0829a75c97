import type { PositionType } from '@kompeten/shared/contract';

export const POSITION_TYPE_LABELS: Record<PositionType, string> = {
  JPT_UTAMA: 'JPT Utama',
  JPT_MADYA: 'JPT Madya',
  JPT_PRATAMA: 'JPT Pratama',
  ADMINISTRATOR: 'Administrator',
  PENGAWAS: 'Pengawas',
  PELAKSANA: 'Pelaksana',
  FUNGSIONAL_KEAHLIAN: 'Fungsional Keahlian',
  FUNGSIONAL_KETERAMPILAN: 'Fungsional Keterampilan',
};

export function isFunctional(t: PositionType): boolean {
  return t === 'FUNGSIONAL_KEAHLIAN' || t === 'FUNGSIONAL_KETERAMPILAN';
}
