import type { EmployeeStatus, EmploymentType, FunctionalLevel, Gender, PositionType, UnitKind } from '@kompeten/shared/contract';
import { Random } from './prng';
import { BACHELOR, Field, MASTER, NAME_POOLS, NamePool } from './names';
import { GENERIC_JF, Jf, OPDS, OpdDef, PELAKSANA, SEKRETARIAT_SUBBAGIAN, SETDA } from './structure';
import { DEMO_PEOPLE } from './demo-accounts';

export const DEMO_SEED = 20260817;
export const DEMO_AGENCY = { code: 'DKI', name: 'Pemerintah Provinsi DKI Jakarta' };

export interface DemoUnit { id: string; parentId: string | null; code: string; name: string; kind: UnitKind; path: string; depth: number }
export interface DemoPosition { id: string; unitId: string; code: string; name: string; type: PositionType; functionalLevel: FunctionalLevel | null; grade: number }
export interface DemoEmployee {
  id: string; nip: string; name: string; frontTitle: string | null; backTitle: string | null; gender: Gender; birthDate: string;
  birthPlace: string; golongan: string; employmentType: EmploymentType; status: EmployeeStatus; unitId: string; positionId: string;
  supervisorId: string | null; email: string; phone: string; since: string;
}
export interface DemoOrganisation { agencyId: string; units: DemoUnit[]; positions: DemoPosition[]; employees: DemoEmployee[] }

type Rank = 'JPT_MADYA' | 'JPT_PRATAMA' | 'ADMINISTRATOR' | 'PENGAWAS' | 'PELAKSANA' | FunctionalLevel;
type Edu = 'SMA' | 'D3' | 'S1' | 'S2' | 'S3';

/** Age range, golongan and education that fit each jabatan (domain-asn.md §5.4–5.5). */
const RANKS: Record<Rank, { age: [number, number]; gol: string[]; edu: Edu[] }> = {
  JPT_MADYA: { age: [53, 58], gol: ['IV/d', 'IV/e'], edu: ['S2', 'S3'] },
  JPT_PRATAMA: { age: [48, 57], gol: ['IV/c', 'IV/d'], edu: ['S2', 'S2', 'S2', 'S3'] },
  ADMINISTRATOR: { age: [42, 55], gol: ['IV/a', 'IV/b'], edu: ['S2', 'S2', 'S2', 'S1'] },
  PENGAWAS: { age: [36, 52], gol: ['III/c', 'III/d'], edu: ['S1', 'S1', 'S2'] },
  PELAKSANA: { age: [23, 55], gol: ['II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b'], edu: ['SMA'] },
  AHLI_UTAMA: { age: [55, 60], gol: ['IV/d', 'IV/e'], edu: ['S3'] },
  AHLI_MADYA: { age: [45, 57], gol: ['IV/a', 'IV/b', 'IV/c'], edu: ['S2', 'S3'] },
  AHLI_MUDA: { age: [35, 50], gol: ['III/c', 'III/d'], edu: ['S1', 'S2'] },
  AHLI_PERTAMA: { age: [25, 38], gol: ['III/a', 'III/b'], edu: ['S1'] },
  PENYELIA: { age: [42, 55], gol: ['III/c', 'III/d'], edu: ['D3', 'S1'] },
  MAHIR: { age: [35, 50], gol: ['III/a', 'III/b', 'III/c'], edu: ['D3'] },
  TERAMPIL: { age: [25, 45], gol: ['II/c', 'II/d', 'III/a', 'III/b'], edu: ['D3'] },
  PEMULA: { age: [22, 35], gol: ['II/a', 'II/b'], edu: ['SMA'] },
};
const JF_GRADE: Record<FunctionalLevel, number> = { AHLI_PERTAMA: 8, AHLI_MUDA: 9, AHLI_MADYA: 11, AHLI_UTAMA: 13, PEMULA: 5, TERAMPIL: 6, MAHIR: 7, PENYELIA: 8 };
const JF_LABEL: Record<FunctionalLevel, string> = {
  AHLI_PERTAMA: 'Ahli Pertama', AHLI_MUDA: 'Ahli Muda', AHLI_MADYA: 'Ahli Madya', AHLI_UTAMA: 'Ahli Utama',
  PEMULA: 'Pemula', TERAMPIL: 'Terampil', MAHIR: 'Mahir', PENYELIA: 'Penyelia',
};
/** PPPK golongan by jenjang (Perpres 98/2020 mapping, simplified). */
const PPPK_GOL: Partial<Record<Rank, string>> = { AHLI_PERTAMA: 'IX', AHLI_MUDA: 'XI', TERAMPIL: 'VII', PEMULA: 'V', PELAKSANA: 'V' };
const YEAR = 2026;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const slug = (s: string) => s.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');

export function buildDemoOrganisation(seed = DEMO_SEED): DemoOrganisation {
  const rng = new Random(seed);
  const units: DemoUnit[] = [];
  const positions: DemoPosition[] = [];
  const employees: DemoEmployee[] = [];
  const nips = new Set(DEMO_PEOPLE.map((p) => p.nip));
  const emails = new Set<string>();
  const heads = new Map<string, DemoEmployee>();
  const agencyId = rng.uuid();

  const unit = (parent: DemoUnit | null, code: string, name: string, kind: UnitKind): DemoUnit => {
    const id = rng.uuid();
    const u = { id, parentId: parent?.id ?? null, code, name, kind, path: `${parent?.path ?? '/'}${id}/`, depth: parent ? parent.depth + 1 : 0 };
    units.push(u);
    return u;
  };
  const position = (u: DemoUnit, name: string, type: PositionType, level: FunctionalLevel | null, grade: number, prefix: 'KA' | 'JF' | 'PL'): DemoPosition => {
    const found = positions.find((x) => x.unitId === u.id && x.name === name);
    if (found) return found;
    const n = positions.filter((x) => x.unitId === u.id && x.code.startsWith(`${u.code}.${prefix}`)).length + 1;
    const p = { id: rng.uuid(), unitId: u.id, code: prefix === 'KA' ? `${u.code}.KA` : `${u.code}.${prefix}${pad(n)}`, name, type, functionalLevel: level, grade };
    positions.push(p);
    return p;
  };

  const pool = (): NamePool => {
    let r = rng.float() * NAME_POOLS.reduce((s, p) => s + p.weight, 0);
    for (const p of NAME_POOLS) if ((r -= p.weight) < 0) return p;
    return NAME_POOLS[0];
  };

  const titles = (edu: Edu, field: Field, age: number, gender: Gender, hajj: boolean, rank: Rank): [string | null, string | null] => {
    let front: string[] = [];
    let back: string | null = null;
    const s1 = rng.pick(BACHELOR[field]);
    if (edu === 'D3') back = field === 'kesehatan' ? 'A.Md.Kep.' : field === 'komputer' ? 'A.Md.Kom.' : 'A.Md.';
    if (edu === 'S1') back = s1;
    if (edu === 'S2' || edu === 'S3') back = `${s1}, ${rng.pick(MASTER[field])}`;
    if (edu === 'S3') front.push('Dr.');
    if (field === 'teknik' && age > 45 && edu !== 'S3' && rng.chance(0.35)) { front.push('Ir.'); back = edu === 'S2' ? rng.pick(MASTER.teknik) : null; }
    if (hajj && age > 45 && rank !== 'PELAKSANA' && rng.chance(0.15)) front.push(gender === 'L' ? 'H.' : 'Hj.');
    if (!front.length) front = [];
    return [front.length ? front.join(' ') : null, back];
  };

  const person = (rank: Rank, field: Field, u: DemoUnit, pos: DemoPosition, supervisor: DemoEmployee | null, opts: { head?: boolean; pppkShare?: number } = {}): DemoEmployee => {
    const spec = RANKS[rank];
    const entry = !opts.head && (rank === 'AHLI_PERTAMA' || rank === 'TERAMPIL' || rank === 'PELAKSANA' || rank === 'PEMULA');
    const roll = rng.float();
    const type: EmploymentType = entry && roll < (opts.pppkShare ?? 0.12) ? 'PPPK' : entry && rank !== 'PEMULA' && roll > 0.94 ? 'CPNS' : 'PNS';
    const age = type === 'CPNS' ? rng.int(23, 30) : type === 'PPPK' ? rng.int(Math.max(25, spec.age[0]), Math.min(45, Math.max(spec.age[1], 30))) : rng.int(spec.age[0], spec.age[1]);
    const gender: Gender = rng.chance(0.5) ? 'L' : 'P';
    const by = YEAR - age, bm = rng.int(1, 12), bd = rng.int(1, 28);
    const birthDate = `${by}-${pad(bm)}-${pad(bd)}`;
    let golongan = rng.pick(spec.gol);
    let edu: Edu = rng.pick(spec.edu);
    if (rank === 'PELAKSANA') edu = golongan.startsWith('III') ? 'S1' : golongan === 'II/c' || golongan === 'II/d' ? 'D3' : 'SMA';
    if (type === 'PPPK') { golongan = PPPK_GOL[rank] ?? 'VII'; if (rank === 'PELAKSANA') edu = 'SMA'; }
    if (type === 'CPNS') golongan = rank === 'AHLI_PERTAMA' ? 'III/a' : rank === 'TERAMPIL' ? 'II/c' : edu === 'S1' ? 'III/a' : 'II/a';
    // NIP: birth date, TMT CPNS (≥ 19 years after birth, never in the future), gender digit, sequence (NI PPPK: contract year and count).
    let middle: string, tmt: [number, number];
    if (type === 'PPPK') { const y = rng.int(2022, 2024); middle = `${y}${pad(rng.int(1, 2))}`; tmt = [y, 4]; }
    else if (type === 'CPNS') { const y = rng.pick([2025, 2026]); const m = y === 2026 ? rng.int(1, 6) : rng.pick([1, 6, 10]); middle = `${y}${pad(m)}`; tmt = [y, m]; }
    else { const y = Math.max(by + 19, Math.min(by + rng.int(22, 28), 2023)); const m = rng.pick([1, 2, 3, 4, 12]); middle = `${y}${pad(m)}`; tmt = [y, m]; }
    let seq = rng.int(1, 9);
    let nip: string;
    do { nip = `${by}${pad(bm)}${pad(bd)}${middle}${gender === 'L' ? 1 : 2}${pad(seq++, 3)}`; } while (nips.has(nip));
    nips.add(nip);
    const np = pool();
    const firsts = gender === 'L' ? np.male : np.female;
    const first = rng.pick(firsts);
    // Marga and Balinese birth-order names always take a second name; elsewhere one-word names are common.
    const always = !!np.marga || np.origin === 'Bali' || first === 'Muh.' || first === 'Andi';
    const parts = [first];
    if (!always && rng.chance(0.2)) parts.push(rng.pick(firsts.filter((f) => f !== first)));
    const lasts = (np.marga ?? np.last?.[gender] ?? []).filter((l) => !parts.includes(l));
    if (always || rng.chance(0.75)) parts.push(rng.pick(lasts));
    const name = parts.join(' ');
    const [frontTitle, backTitle] = titles(edu, field, age, gender, np.hajj, rank);
    let email = `${slug(parts[0])}.${slug(parts[parts.length - 1])}`;
    if (parts.length === 1) email = slug(parts[0]);
    for (let i = 2; emails.has(email); i++) email = `${email.replace(/\d+$/, '')}${i}`;
    emails.add(email);
    const sinceYear = type === 'CPNS' ? tmt[0] : Math.min(YEAR, Math.max(tmt[0] + 1, 2019 + rng.int(0, 6)));
    const sinceMonth = type === 'CPNS' ? tmt[1] : sinceYear === YEAR ? rng.int(1, 9) : rng.int(1, 12);
    const e: DemoEmployee = {
      id: rng.uuid(), nip, name, frontTitle, backTitle, gender, birthDate, birthPlace: rng.pick(np.places), golongan, employmentType: type,
      status: rng.chance(0.025) ? 'ON_LEAVE' : 'ACTIVE', unitId: u.id, positionId: pos.id, supervisorId: supervisor?.id ?? null,
      email: `${email}@jakarta.go.id`, phone: `08${rng.pick(['11', '12', '13', '21', '22', '52', '56', '57', '77', '78', '81', '95', '96'])}${pad(rng.int(0, 99999999), 8)}`,
      since: `${sinceYear}-${pad(sinceMonth)}-01`,
    };
    employees.push(e);
    if (opts.head) heads.set(u.id, e);
    return e;
  };

  const head = (u: DemoUnit, title: string, rank: Rank, type: PositionType, grade: number, field: Field, sup: DemoEmployee | null) =>
    person(rank, field, u, position(u, title, type, null, grade, 'KA'), sup, { head: true });
  const jf = (u: DemoUnit, [name, level, f]: Jf, field: Field, sup: DemoEmployee) => {
    const type: PositionType = level.startsWith('AHLI') ? 'FUNGSIONAL_KEAHLIAN' : 'FUNGSIONAL_KETERAMPILAN';
    const p = position(u, `${name} ${JF_LABEL[level]}`, type, level, JF_GRADE[level], 'JF');
    return person(level, f ?? field, u, p, sup, { pppkShare: name === 'Guru' ? 0.4 : 0.12 });
  };
  const pelaksana = (u: DemoUnit, sup: DemoEmployee) => {
    const [name, grade] = rng.pick(PELAKSANA);
    return person('PELAKSANA', 'umum', u, position(u, name, 'PELAKSANA', null, grade, 'PL'), sup);
  };
  const staff = (u: DemoUnit, sup: DemoEmployee, jfs: Jf[], field: Field, jfShare: number) => {
    const n = rng.chance(0.3) ? 2 : 1;
    for (let i = 0; i < n; i++) { if (rng.chance(jfShare)) jf(u, rng.pick(jfs), field, sup); else pelaksana(u, sup); }
  };

  // Sekretariat Daerah: Sekda (JPT Madya) → Biro → Bagian → Subbagian. Kepala OPD also report to the Sekda.
  const setda = unit(null, SETDA.code, SETDA.name, 'sekretariat');
  const sekda = head(setda, SETDA.head, 'JPT_MADYA', 'JPT_MADYA', 16, 'umum', null);
  for (const b of SETDA.biro) {
    const biro = unit(setda, `${SETDA.code}.${b.code}`, b.name, 'biro');
    const kabiro = head(biro, `Kepala ${b.name}`, 'JPT_PRATAMA', 'JPT_PRATAMA', 14, 'umum', sekda);
    b.bagian.forEach(([bagName, subs], i) => {
      const bag = unit(biro, `${biro.code}.${i + 1}`, bagName, 'bagian');
      const kabag = head(bag, `Kepala ${bagName}`, 'ADMINISTRATOR', 'ADMINISTRATOR', 11, 'umum', kabiro);
      jf(bag, rng.pick(SETDA.jf), 'umum', kabag);
      subs.forEach((s, j) => {
        const sub = unit(bag, `${bag.code}.${j + 1}`, s, 'subbagian');
        const kasub = head(sub, `Kepala ${s}`, 'PENGAWAS', 'PENGAWAS', 9, 'umum', kabag);
        pelaksana(sub, kasub);
      });
    });
  }

  for (const opd of OPDS) buildOpd(opd);

  function buildOpd(opd: OpdDef): void {
    const root = unit(null, opd.code, opd.name, opd.kind);
    const kepala = head(root, opd.head, 'JPT_PRATAMA', 'JPT_PRATAMA', 14, opd.field, sekda);
    const jfs = [...opd.jf, ...GENERIC_JF];
    const sek = unit(root, `${opd.code}.SEK`, `Sekretariat ${opd.name}`, 'sekretariat');
    const sekretaris = head(sek, 'Sekretaris', 'ADMINISTRATOR', 'ADMINISTRATOR', 12, 'umum', kepala);
    SEKRETARIAT_SUBBAGIAN.forEach((s, i) => {
      const sub = unit(sek, `${sek.code}.${i + 1}`, s, 'subbagian');
      const kasub = head(sub, `Kepala ${s}`, 'PENGAWAS', 'PENGAWAS', 9, 'umum', sekretaris);
      staff(sub, kasub, GENERIC_JF, 'umum', 0.2);
    });
    opd.bidang.forEach((b, i) => {
      const bid = unit(root, `${opd.code}.B${i + 1}`, b.name, 'bidang');
      const irban = b.name.startsWith('Inspektur');
      const kabid = head(bid, irban ? b.name : `Kepala ${b.name}`, 'ADMINISTRATOR', 'ADMINISTRATOR', irban ? 12 : 11, opd.field, kepala);
      const topic = b.name.replace(/^Bidang /, '');
      const sub = opd.sub ?? 'Seksi';
      const seksi = b.seksi ?? [`${sub} Perencanaan dan Pengembangan ${topic}`, `${sub} Pembinaan dan Pengendalian ${topic}`];
      // Kelompok jabatan fungsional sits in the bidang and reports to the Kepala Bidang; an Irban has only JF.
      const jfCount = irban ? rng.int(3, 4) : rng.int(0, 2);
      for (let k = 0; k < jfCount; k++) jf(bid, rng.pick(opd.jf), opd.field, kabid);
      seksi.forEach((s, j) => {
        const unitS = unit(bid, `${bid.code}.S${j + 1}`, s, 'seksi');
        const kasi = head(unitS, `Kepala ${s}`, 'PENGAWAS', 'PENGAWAS', 9, opd.field, kabid);
        staff(unitS, kasi, jfs, opd.field, 0.3);
      });
    });
    (opd.uptd ?? []).forEach((name, i) => {
      const up = unit(root, `${opd.code}.UPTD${i + 1}`, name, 'uptd');
      const ka = head(up, `Kepala ${name}`, 'ADMINISTRATOR', 'ADMINISTRATOR', 10, opd.field, kepala);
      const tu = unit(up, `${up.code}.TU`, 'Subbagian Tata Usaha', 'subbagian');
      const katu = head(tu, 'Kepala Subbagian Tata Usaha', 'PENGAWAS', 'PENGAWAS', 9, 'umum', ka);
      pelaksana(tu, katu);
      pelaksana(tu, katu);
      jf(up, rng.pick(opd.jf), opd.field, ka);
      jf(up, rng.pick(opd.jf), opd.field, ka);
    });
  }

  // The demo logins: fixed people placed into the generated structure.
  for (const d of DEMO_PEOPLE) {
    const u = units.find((x) => x.code === d.unitCode);
    if (!u) throw new Error(`demo unit ${d.unitCode} missing`);
    const unitHead = heads.get(u.id);
    if (!unitHead) throw new Error(`demo unit ${d.unitCode} has no head`);
    const fixed = {
      nip: d.nip, name: d.name, frontTitle: d.frontTitle, backTitle: d.backTitle, gender: d.gender, birthPlace: d.birthPlace, golongan: d.golongan,
      employmentType: 'PNS' as const, status: 'ACTIVE' as const,
      birthDate: `${d.nip.slice(0, 4)}-${d.nip.slice(4, 6)}-${d.nip.slice(6, 8)}`, email: `${slug(d.name.split(' ')[0])}.${slug(d.name.split(' ').slice(-1)[0])}@jakarta.go.id`,
    };
    if (d.job === 'head') {
      nips.delete(unitHead.nip);
      Object.assign(unitHead, fixed);
    } else {
      const level = d.job.level;
      const p = position(u, `${d.job.name} ${JF_LABEL[level]}`, level.startsWith('AHLI') ? 'FUNGSIONAL_KEAHLIAN' : 'FUNGSIONAL_KETERAMPILAN', level, JF_GRADE[level], 'JF');
      employees.push({ ...fixed, id: rng.uuid(), unitId: u.id, positionId: p.id, supervisorId: unitHead.id, phone: '081200000000'.slice(0, 10) + pad(employees.length % 100), since: '2022-01-01' });
    }
  }
  return { agencyId, units, positions, employees };
}
