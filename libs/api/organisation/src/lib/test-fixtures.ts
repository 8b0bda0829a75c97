import type { DataSource } from 'typeorm';
import { randomUUID } from 'node:crypto';
import type { EmploymentType, Gender, PositionType, UnitKind } from '@kompeten/shared/contract';

/** A valid PNS NIP for a birth date and gender (TMT 25 years later). */
export function nipFor(birthDate: string, gender: Gender, seq = 1): string {
  const [y, m, d] = birthDate.split('-');
  return `${y}${m}${d}${+y + 25}03${gender === 'L' ? 1 : 2}${String(seq).padStart(3, '0')}`;
}

export async function insertAgency(ds: DataSource, code = 'DKI'): Promise<string> {
  const [{ id }] = await ds.query(`INSERT INTO agency (code, name) VALUES ($1, $2) RETURNING id`, [code, `Instansi ${code}`]);
  return id;
}

export async function insertUnit(ds: DataSource, agencyId: string, parentId: string | null, code: string, kind: UnitKind = 'bidang', name = `Unit ${code}`): Promise<string> {
  const id = randomUUID();
  const parent = parentId ? (await ds.query(`SELECT path, depth FROM unit WHERE id = $1`, [parentId]))[0] : null;
  await ds.query(`INSERT INTO unit (id, agency_id, parent_id, code, name, kind, path, depth) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [id, agencyId, parentId, code, name, kind, `${parent?.path ?? '/'}${id}/`, parent ? parent.depth + 1 : 0]);
  return id;
}

export async function insertPosition(ds: DataSource, unitId: string, code: string, type: PositionType = 'PELAKSANA', grade = 6, name = `Jabatan ${code}`): Promise<string> {
  const [{ id }] = await ds.query(`INSERT INTO position (unit_id, code, name, type, grade) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [unitId, code, name, type, grade]);
  return id;
}

let seq = 0;
export async function insertEmployee(ds: DataSource, o: { unitId: string; name: string; supervisorId?: string | null; positionId?: string | null; gender?: Gender; employmentType?: EmploymentType; golongan?: string }): Promise<{ id: string; nip: string }> {
  const gender = o.gender ?? 'L';
  const birthDate = `19${70 + (seq % 25)}-0${1 + (seq % 9)}-1${seq % 9}`;
  const nip = nipFor(birthDate, gender, ++seq);
  const [{ id }] = await ds.query(
    `INSERT INTO employee (nip, name, gender, birth_date, golongan, employment_type, unit_id, position_id, supervisor_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [nip, o.name, gender, birthDate, o.golongan ?? 'III/b', o.employmentType ?? 'PNS', o.unitId, o.positionId ?? null, o.supervisorId ?? null]);
  await ds.query(`INSERT INTO employee_history (employee_id, unit_id, position_id, effective_from, reason) VALUES ($1, $2, $3, '2020-01-01', 'awal')`, [id, o.unitId, o.positionId ?? null]);
  return { id, nip };
}

/**
 * A small province: Dinas Kesehatan (two bidang, one with a seksi) and Dinas Perhubungan, with a
 * reporting line kadinkes → kabid1 → kasi1 → staff1 and a peer kabid2 → staff2.
 */
export async function buildFixture(ds: DataSource) {
  const agencyId = await insertAgency(ds);
  const dinkes = await insertUnit(ds, agencyId, null, 'DINKES', 'dinas', 'Dinas Kesehatan');
  const b1 = await insertUnit(ds, agencyId, dinkes, 'DINKES.B1', 'bidang', 'Bidang Kesehatan Masyarakat');
  const s1 = await insertUnit(ds, agencyId, b1, 'DINKES.B1.S1', 'seksi', 'Seksi Gizi');
  const b2 = await insertUnit(ds, agencyId, dinkes, 'DINKES.B2', 'bidang', 'Bidang Pelayanan');
  const dishub = await insertUnit(ds, agencyId, null, 'DISHUB', 'dinas', 'Dinas Perhubungan');
  const dishubB1 = await insertUnit(ds, agencyId, dishub, 'DISHUB.B1', 'bidang', 'Bidang Lalu Lintas');
  const pStaff = await insertPosition(ds, s1, 'DINKES.B1.S1.PL01', 'PELAKSANA', 6, 'Pengadministrasi Umum');
  const pKabid = await insertPosition(ds, b1, 'DINKES.B1.KA', 'ADMINISTRATOR', 11, 'Kepala Bidang Kesehatan Masyarakat');
  const kadinkes = await insertEmployee(ds, { unitId: dinkes, name: 'Kepala Dinkes' });
  const kabid1 = await insertEmployee(ds, { unitId: b1, name: 'Bambang Kabid', supervisorId: kadinkes.id, positionId: pKabid });
  const kasi1 = await insertEmployee(ds, { unitId: s1, name: 'Kasi Gizi', supervisorId: kabid1.id });
  const staff1 = await insertEmployee(ds, { unitId: s1, name: 'Siti Rahmawati', supervisorId: kasi1.id, gender: 'P', positionId: pStaff });
  const kabid2 = await insertEmployee(ds, { unitId: b2, name: 'Kabid Pelayanan', supervisorId: kadinkes.id });
  const staff2 = await insertEmployee(ds, { unitId: b2, name: 'Staf Pelayanan', supervisorId: kabid2.id });
  const dishubStaff = await insertEmployee(ds, { unitId: dishubB1, name: 'Joko Dishub' });
  return { agencyId, units: { dinkes, b1, s1, b2, dishub, dishubB1 }, positions: { pStaff, pKabid }, emp: { kadinkes, kabid1, kasi1, staff1, kabid2, staff2, dishubStaff } };
}
