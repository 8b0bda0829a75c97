import { Pipe, PipeTransform } from '@angular/core';
import type { PositionType } from '@kompeten/shared/contract';
import { formatNip, golonganLabel, POSITION_TYPE_LABELS } from '@kompeten/shared/domain';

/** 19860926 201505 1 001 */
@Pipe({ name: 'nip' })
export class NipPipe implements PipeTransform {
  transform(value: string | null | undefined): string {
    return value ? formatNip(value) : '';
  }
}

/** Penata Muda Tingkat I (III/b) */
@Pipe({ name: 'golongan' })
export class GolonganPipe implements PipeTransform {
  transform(value: string | null | undefined): string {
    return value ? golonganLabel(value) : '';
  }
}

/** Jenis jabatan label (official Indonesian names, not translated). */
@Pipe({ name: 'positionType' })
export class PositionTypePipe implements PipeTransform {
  transform(value: PositionType | null | undefined): string {
    return value ? POSITION_TYPE_LABELS[value] : '';
  }
}

/** AHLI_PERTAMA → Ahli Pertama (jenjang jabatan fungsional, official Indonesian names). */
@Pipe({ name: 'jenjang' })
export class JenjangPipe implements PipeTransform {
  transform(value: string | null | undefined): string {
    if (!value) return '';
    return value
      .toLowerCase()
      .split('_')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(' ');
  }
}
