import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DEFAULT_REQUIRED_LEVELS, DEMO_TECHNICAL_FRAMEWORK, NATIONAL_FRAMEWORK } from '../reference';
import { insertRows, loadReferenceFramework } from './load-framework';
import { refreshCurrentLevels } from '../current-level.sql';

/** Deterministic PRNG (mulberry32) so the same seed gives the same demo data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Which technical area an OPD's positions draw their technical competencies from, by OPD name. */
const AREA_BY_OPD: [RegExp, string][] = [
  [/kependudukan|dukcapil/i, 'T.ADK'],
  [/perhubungan/i, 'T.HUB'],
  [/pendidikan/i, 'T.PDD'],
  [/kesehatan|rumah sakit|puskesmas/i, 'T.KES'],
  [/komunikasi|informatika|statistik/i, 'T.TIK'],
  [/kepegawaian|sumber daya manusia|bpsdm|organisasi/i, 'T.SDM'],
  [/keuangan|pendapatan|bpkd|bapenda|aset/i, 'T.KEU'],
];

/** Reference data at every start: the national managerial and socio-cultural dictionary. */
export async function seedCompetencyReference(em: EntityManager): Promise<string> {
  return loadReferenceFramework(em, NATIONAL_FRAMEWORK);
}

/**
 * Demo competency data on top of the demo organisation: the technical dictionary, a standard for
 * every demo position (managerial and socio-cultural levels from the jabatan-type defaults plus
 * technical competencies of the OPD's field), and assessments for most employees — some missing,
 * some expired, many with gaps — so every page shows realistic content.
 */
export async function seedCompetencyDemo(em: EntityManager, seed = 20261122): Promise<void> {
  const rnd = prng(seed);
  const nationalId = await seedCompetencyReference(em);
  const technicalId = await loadReferenceFramework(em, DEMO_TECHNICAL_FRAMEWORK);
  const comps: { id: string; lineage_id: string; framework_id: string; code: string; kind: string; defined: number[] }[] = await em.query(
    `SELECT c.id, c.lineage_id, c.framework_id, c.code, c.kind, array_agg(l.level ORDER BY l.level) FILTER (WHERE l.defined) AS defined
       FROM competency c JOIN competency_level l ON l.competency_id = c.id
      WHERE c.framework_id = ANY($1::uuid[]) GROUP BY c.id ORDER BY c.code`, [[nationalId, technicalId]]);
  const national = comps.filter((c) => c.framework_id === nationalId);
  const technical = comps.filter((c) => c.framework_id === technicalId);
  const nearestDefined = (c: { defined: number[] }, level: number) =>
    c.defined.reduce((best, l) => (Math.abs(l - level) < Math.abs(best - level) ? l : best), c.defined[0]);

  const positions: { id: string; type: string; functional_level: string | null; opd: string }[] = await em.query(
    // The names of the position's unit and all its ancestors: the OPD's field is somewhere in that chain.
    `SELECT p.id, p.type, p.functional_level,
            (SELECT string_agg(a.name, ' / ') FROM unit a WHERE u.path LIKE a.path || '%') AS opd
       FROM position p JOIN unit u ON u.id = p.unit_id ORDER BY p.code`);
  const effectiveFrom = '2025-01-01';
  const standards: unknown[][] = [];
  const requirements: unknown[][] = [];
  // Templates per jabatan type for positions added later; every demo position also gets its own.
  for (const rule of DEFAULT_REQUIRED_LEVELS) {
    const sid = randomUUID();
    standards.push([sid, nationalId, null, rule.positionType, rule.functionalLevel, `Templat ${rule.positionType}${rule.functionalLevel ? ' ' + rule.functionalLevel : ''}`, effectiveFrom]);
    for (const c of national) requirements.push([sid, c.id, nearestDefined(c, c.kind === 'MANAJERIAL' ? rule.manajerial : rule.sosialKultural), 1, c.kind === 'MANAJERIAL' && rule.manajerial >= 3]);
  }
  for (const p of positions) {
    const rule = DEFAULT_REQUIRED_LEVELS.find((r) => r.positionType === p.type && (r.functionalLevel ?? null) === (p.functional_level ?? null))
      ?? DEFAULT_REQUIRED_LEVELS.find((r) => r.positionType === p.type) ?? DEFAULT_REQUIRED_LEVELS[DEFAULT_REQUIRED_LEVELS.length - 1];
    const area = AREA_BY_OPD.find(([re]) => re.test(p.opd))?.[1] ?? (rnd() < 0.5 ? 'T.TIK' : 'T.SDM');
    const tech = technical.filter((c) => c.code.startsWith(area)).slice(0, 3);
    const sid = randomUUID();
    // A position standard may mix frameworks: it records the national one, requirements point at both.
    standards.push([sid, nationalId, p.id, null, null, `SKJ ${p.id.slice(0, 8)}`, effectiveFrom]);
    for (const c of national) requirements.push([sid, c.id, nearestDefined(c, c.kind === 'MANAJERIAL' ? rule.manajerial : rule.sosialKultural), c.code === 'M.01' ? 1.5 : 1, c.kind === 'MANAJERIAL' && rule.manajerial >= 3]);
    for (const c of tech) requirements.push([sid, c.id, nearestDefined(c, rule.teknis), 2, true]);
  }
  await insertRows(em, 'position_standard', ['id', 'framework_id', 'position_id', 'position_type', 'functional_level', 'name', 'effective_from'], standards);
  await insertRows(em, 'position_requirement', ['standard_id', 'competency_id', 'required_level', 'weight', 'essential'], requirements);
  await em.query(
    `UPDATE position_standard s SET name = 'SKJ ' || p.name FROM position p WHERE s.position_id = p.id`);

  // Assessments: ~82 % of employees assessed (most of their requirements), ~8 % with only expired
  // results, the rest never assessed. Levels scatter around the requirement, skewed below it.
  const reqs: { employee_id: string; competency_id: string; lineage_id: string; framework_id: string; required_level: number; defined: number[]; supervisor_user: string | null }[] = await em.query(
    `SELECT e.id AS employee_id, c.id AS competency_id, c.lineage_id, c.framework_id, r.required_level,
            array_agg(l.level ORDER BY l.level) FILTER (WHERE l.defined) AS defined, NULL AS supervisor_user
       FROM employee e
       JOIN position_standard s ON s.position_id = e.position_id
       JOIN position_requirement r ON r.standard_id = s.id
       JOIN competency c ON c.id = r.competency_id
       JOIN competency_level l ON l.competency_id = c.id
      WHERE e.status IN ('ACTIVE', 'ON_LEAVE')
      GROUP BY e.id, c.id, r.required_level ORDER BY e.nip, c.code`);
  const byEmployee = new Map<string, typeof reqs>();
  for (const r of reqs) byEmployee.set(r.employee_id, [...(byEmployee.get(r.employee_id) ?? []), r]);
  const rows: unknown[][] = [];
  const day = (d: Date) => d.toISOString().slice(0, 10);
  // People with a demo login are always assessed, so their pages show a profile with gaps.
  const withLogin = new Set((await em.query(`SELECT employee_id FROM app_user WHERE employee_id IS NOT NULL`) as { employee_id: string }[]).map((r) => r.employee_id));
  for (const [employeeId, list] of byEmployee) {
    const roll = withLogin.has(employeeId) ? 0.5 + rnd() / 2 : rnd();
    if (roll < 0.1) continue; // never assessed
    const expiredOnly = roll < 0.18;
    const monthsAgo = expiredOnly ? 38 + Math.floor(rnd() * 20) : 1 + Math.floor(rnd() * 30);
    const assessed = new Date(Date.UTC(2026, 10, 1 - monthsAgo * 30));
    const until = new Date(assessed); until.setUTCMonth(until.getUTCMonth() + 36);
    const method = rnd() < 0.4 ? 'ASSESSMENT_CENTER' : 'SUPERVISOR';
    for (const r of list) {
      if (!expiredOnly && rnd() < 0.08 && !withLogin.has(employeeId)) continue; // a few competencies left unassessed
      const delta = [-2, -1, -1, 0, 0, 0, 1][Math.floor(rnd() * 7)];
      const target = Math.min(5, Math.max(1, r.required_level + delta));
      const level = r.defined.reduce((b, l) => (Math.abs(l - target) < Math.abs(b - target) ? l : b), r.defined[0]);
      rows.push([randomUUID(), employeeId, r.competency_id, r.lineage_id, r.framework_id, level, method, method === 'ASSESSMENT_CENTER' ? 'UPT Asesmen BKD' : 'Atasan langsung', day(assessed), day(until), 'FINAL']);
    }
  }
  await insertRows(em, 'competency_assessment', ['id', 'employee_id', 'competency_id', 'lineage_id', 'framework_id', 'level', 'method', 'assessor_name', 'assessed_at', 'valid_until', 'status'], rows, 1000);
  const ids = [...byEmployee.keys()];
  for (let i = 0; i < ids.length; i += 2000) await refreshCurrentLevels(em, ids.slice(i, i + 2000));
}
