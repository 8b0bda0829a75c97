import type { LevelDescriptor } from '@kompeten/shared/contract';

/** A sheet choice: a level 1–5, `null` = "tidak dapat dinilai", `undefined` = not touched. */
export type LevelChoice = number | null | undefined;

export type LevelKeyAction =
  | { kind: 'select'; level: number | null }
  | { kind: 'move'; row: number }
  | { kind: 'none' };

/** Levels the competency defines; an undefined level cannot be chosen. */
export function definedLevels(levels: readonly LevelDescriptor[]): number[] {
  return levels.filter((l) => l.defined).map((l) => l.level).sort((a, b) => a - b);
}

/**
 * What a key press on a sheet row means. Digits 1–5 choose that level (if defined), 0 or "-" means
 * "tidak dapat dinilai", left/right step through the defined levels, up/down/Home/End move rows.
 */
export function levelKeyAction(
  key: string,
  state: { row: number; rows: number; current: LevelChoice; defined: readonly number[] },
): LevelKeyAction {
  const { row, rows, current, defined } = state;
  if (/^[1-5]$/.test(key)) {
    const level = Number(key);
    return defined.includes(level) ? { kind: 'select', level } : { kind: 'none' };
  }
  switch (key) {
    case '0':
    case '-':
      return { kind: 'select', level: null };
    case 'ArrowDown':
      return row < rows - 1 ? { kind: 'move', row: row + 1 } : { kind: 'none' };
    case 'ArrowUp':
      return row > 0 ? { kind: 'move', row: row - 1 } : { kind: 'none' };
    case 'Home':
      return { kind: 'move', row: 0 };
    case 'End':
      return { kind: 'move', row: rows - 1 };
    case 'ArrowRight':
    case 'ArrowLeft': {
      if (!defined.length) return { kind: 'none' };
      const up = key === 'ArrowRight';
      if (typeof current !== 'number') return { kind: 'select', level: up ? defined[0] : defined[defined.length - 1] };
      const next = up ? defined.find((l) => l > current) : [...defined].reverse().find((l) => l < current);
      return next === undefined ? { kind: 'none' } : { kind: 'select', level: next };
    }
    default:
      return { kind: 'none' };
  }
}
