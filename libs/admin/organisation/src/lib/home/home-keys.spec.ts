import { humanizeKey, labelOr } from './home-keys';

describe('home labels', () => {
  it('uses the translation when there is one', () => {
    expect(labelOr('Pegawai aktif', 'home.counters.employees', 'employees')).toBe('Pegawai aktif');
  });

  it('turns unknown keys into readable text', () => {
    expect(labelOr('home.tasks.reviewTrainingPlans', 'home.tasks.reviewTrainingPlans', 'reviewTrainingPlans')).toBe(
      'Review training plans',
    );
    expect(humanizeKey('audit_today')).toBe('Audit today');
  });
});
