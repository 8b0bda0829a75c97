import { checkNip, golonganFits } from '@kompeten/shared/domain';
import { buildDemoOrganisation } from './build-demo';
import { DEMO_ACCOUNTS, DEMO_PEOPLE } from './demo-accounts';

describe('demo organisation builder', () => {
  const org = buildDemoOrganisation();

  it('is deterministic', () => {
    const again = buildDemoOrganisation();
    expect(again.employees.map((e) => e.nip)).toEqual(org.employees.map((e) => e.nip));
    expect(again.units.map((u) => u.id)).toEqual(org.units.map((u) => u.id));
  });

  it('has at least 20 OPD, three or more levels and 600+ employees', () => {
    expect(org.units.filter((u) => u.depth === 0).length).toBeGreaterThanOrEqual(20);
    expect(Math.max(...org.units.map((u) => u.depth))).toBeGreaterThanOrEqual(2);
    expect(org.employees.length).toBeGreaterThanOrEqual(600);
    expect(org.employees.length).toBeLessThan(800);
  });

  it('every NIP is valid for its holder, unique, and the golongan fits the employment type', () => {
    const bad = org.employees.filter((e) => !checkNip(e.nip, { employmentType: e.employmentType, birthDate: e.birthDate, gender: e.gender }).valid);
    expect(bad.map((e) => e.nip)).toEqual([]);
    expect(new Set(org.employees.map((e) => e.nip)).size).toBe(org.employees.length);
    expect(org.employees.filter((e) => !golonganFits(e.golongan, e.employmentType))).toEqual([]);
    expect(org.employees.some((e) => e.employmentType === 'PPPK')).toBe(true);
    expect(org.employees.some((e) => e.employmentType === 'CPNS')).toBe(true);
    expect(org.employees.some((e) => e.status === 'ON_LEAVE')).toBe(true);
  });

  it('supervisors exist, and every position and unit reference resolves', () => {
    const ids = new Set(org.employees.map((e) => e.id));
    const units = new Set(org.units.map((u) => u.id));
    const positions = new Set(org.positions.map((p) => p.id));
    expect(org.employees.filter((e) => e.supervisorId && !ids.has(e.supervisorId))).toEqual([]);
    expect(org.employees.filter((e) => !units.has(e.unitId) || !positions.has(e.positionId))).toEqual([]);
    expect(org.employees.filter((e) => !e.supervisorId)).toHaveLength(1); // the Sekretaris Daerah
    expect(new Set(org.positions.map((p) => p.code)).size).toBe(org.positions.length);
  });

  it('places every demo person, with stable NIPs listed as usernames', () => {
    for (const d of DEMO_PEOPLE) expect(org.employees.find((e) => e.nip === d.nip)).toBeDefined();
    expect(DEMO_ACCOUNTS.filter((a) => a.role !== 'ADMIN').map((a) => a.username).sort()).toEqual(DEMO_PEOPLE.map((d) => d.nip).sort());
    const sup = org.employees.find((e) => e.nip === '197604182002121001');
    expect(org.employees.filter((e) => e.supervisorId === sup?.id).length).toBeGreaterThanOrEqual(3);
  });
});
