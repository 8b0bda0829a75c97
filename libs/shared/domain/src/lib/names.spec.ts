import { displayName, normaliseNameQuery } from './names';
import { GOLONGAN, golonganFits, golonganLabel } from './golongan';

describe('names', () => {
  it('writes gelar around the name', () => {
    expect(displayName('Siti Rahmawati', 'Dr.', 'S.E., M.Si.')).toBe('Dr. Siti Rahmawati, S.E., M.Si.');
    expect(displayName('Budi Santoso', null, '')).toBe('Budi Santoso');
  });
  it('drops gelar and case from search terms', () => {
    expect(normaliseNameQuery('Dr. SITI Rahmawati, S.E.')).toBe('siti rahmawati');
    expect(normaliseNameQuery('Ir. H. Ahmad')).toBe('ahmad');
  });
});

describe('golongan', () => {
  it('has 17 PNS ranks and 17 PPPK grades', () => {
    expect(GOLONGAN.filter((g) => !g.forPppk)).toHaveLength(17);
    expect(GOLONGAN.filter((g) => g.forPppk)).toHaveLength(17);
  });
  it('labels and checks fit', () => {
    expect(golonganLabel('III/b')).toBe('Penata Muda Tingkat I (III/b)');
    expect(golonganFits('III/b', 'PNS')).toBe(true);
    expect(golonganFits('IX', 'PNS')).toBe(false);
    expect(golonganFits('IX', 'PPPK')).toBe(true);
  });
});
