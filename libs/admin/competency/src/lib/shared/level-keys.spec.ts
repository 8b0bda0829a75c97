import type { LevelDescriptor } from '@kompeten/shared/contract';
import { definedLevels, levelKeyAction } from './level-keys';

const lv = (level: number, defined = true): LevelDescriptor => ({ level, defined, title: '', description: '', indicators: [] });

describe('level picker keys', () => {
  const base = { row: 1, rows: 3, current: undefined, defined: [2, 3, 4, 5] };

  it('lists defined levels in order', () => {
    expect(definedLevels([lv(3), lv(1, false), lv(2), lv(5, false), lv(4)])).toEqual([2, 3, 4]);
  });

  it('selects a defined level by digit and ignores an undefined one', () => {
    expect(levelKeyAction('3', base)).toEqual({ kind: 'select', level: 3 });
    expect(levelKeyAction('1', base)).toEqual({ kind: 'none' });
    expect(levelKeyAction('6', base)).toEqual({ kind: 'none' });
  });

  it('maps 0 and - to "tidak dapat dinilai"', () => {
    expect(levelKeyAction('0', base)).toEqual({ kind: 'select', level: null });
    expect(levelKeyAction('-', base)).toEqual({ kind: 'select', level: null });
  });

  it('moves between rows and stops at the ends', () => {
    expect(levelKeyAction('ArrowDown', base)).toEqual({ kind: 'move', row: 2 });
    expect(levelKeyAction('ArrowUp', base)).toEqual({ kind: 'move', row: 0 });
    expect(levelKeyAction('ArrowDown', { ...base, row: 2 })).toEqual({ kind: 'none' });
    expect(levelKeyAction('ArrowUp', { ...base, row: 0 })).toEqual({ kind: 'none' });
    expect(levelKeyAction('End', base)).toEqual({ kind: 'move', row: 2 });
    expect(levelKeyAction('Home', base)).toEqual({ kind: 'move', row: 0 });
  });

  it('steps left and right over defined levels only', () => {
    expect(levelKeyAction('ArrowRight', base)).toEqual({ kind: 'select', level: 2 });
    expect(levelKeyAction('ArrowLeft', base)).toEqual({ kind: 'select', level: 5 });
    expect(levelKeyAction('ArrowRight', { ...base, current: 3 })).toEqual({ kind: 'select', level: 4 });
    expect(levelKeyAction('ArrowLeft', { ...base, current: 2 })).toEqual({ kind: 'none' });
    expect(levelKeyAction('ArrowRight', { ...base, current: 5 })).toEqual({ kind: 'none' });
    expect(levelKeyAction('ArrowRight', { ...base, current: null })).toEqual({ kind: 'select', level: 2 });
  });
});
