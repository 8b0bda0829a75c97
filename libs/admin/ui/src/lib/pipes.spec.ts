import { GolonganPipe, JenjangPipe, NipPipe, PositionTypePipe } from './pipes';

describe('display pipes', () => {
  it('groups a NIP', () => {
    expect(new NipPipe().transform('198609262015051001')).toBe('19860926 201505 1 001');
    expect(new NipPipe().transform(null)).toBe('');
  });

  it('shows pangkat with golongan', () => {
    expect(new GolonganPipe().transform('III/b')).toBe('Penata Muda Tingkat I (III/b)');
    expect(new GolonganPipe().transform('IX')).toBe('Golongan IX');
  });

  it('labels jenis jabatan and jenjang', () => {
    expect(new PositionTypePipe().transform('FUNGSIONAL_KEAHLIAN')).toBe('Fungsional Keahlian');
    expect(new JenjangPipe().transform('AHLI_PERTAMA')).toBe('Ahli Pertama');
  });
});
