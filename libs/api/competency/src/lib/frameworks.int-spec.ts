import { randomUUID } from 'node:crypto';
import type { CompetencyFramework, FrameworkDetail, PositionStandard } from '@kompeten/shared/contract';
import { DEFAULT_REQUIRED_LEVELS } from './reference';
import { demoProvince, type DemoProvince } from './testing/demo-province';

const API = '/api/v1';
const level = (l: number, defined = true) => ({ level: l, defined, title: defined ? `Level ${l}` : '', description: defined ? `Deskripsi ${l}` : '', indicators: defined ? [`Indikator ${l}`] : [] });
const U = '00000000-0000-4000-8000-000000000000';

describe('frameworks, competencies and position standards (real PostgreSQL, demo province)', () => {
  let d: DemoProvince;
  const http = () => d.http();
  let fw: CompetencyFramework & { rowVersion: number };
  let groupId: string;
  let compId: string;
  let nationalId: string;

  beforeAll(async () => {
    d = await demoProvince();
    [{ id: nationalId }] = await d.t.ds.query(`SELECT id FROM competency_framework WHERE code = 'ASN-MSK'`);
  });
  afterAll(() => d.t.close());

  it('401 without sign-in on every competency endpoint', async () => {
    const calls: [string, string][] = [
      ['get', '/competency-frameworks'], ['get', `/competency-frameworks/${U}`], ['post', '/competency-frameworks'], ['patch', `/competency-frameworks/${U}`],
      ['post', `/competency-frameworks/${U}/publish`], ['post', `/competency-frameworks/${U}/retire`], ['post', `/competency-frameworks/${U}/new-version`],
      ['post', `/competency-frameworks/${U}/groups`], ['post', `/competency-frameworks/${U}/competencies`], ['put', `/competencies/${U}`], ['delete', `/competencies/${U}`],
      ['get', '/position-standards'], ['get', `/position-standards/for-position/${U}`], ['get', `/position-standards/${U}`], ['post', '/position-standards'],
      ['post', '/position-standards/generate-defaults'], ['get', `/employees/${U}/assessments`], ['post', '/assessments'], ['post', `/assessments/${U}/void`],
      ['get', `/employees/${U}/gaps`], ['get', `/employees/${U}/assessment-sheet`], ['get', '/team/gaps'], ['get', `/units/${U}/heatmap`],
      ['get', '/competency-policy'], ['put', '/competency-policy'], ['post', '/assessments/import'], ['get', '/assessments/import/template'],
    ];
    for (const [method, path] of calls) {
      const res = await (http() as unknown as Record<string, (p: string) => Promise<{ status: number; body: { code: string } }>>)[method](`${API}${path}`);
      expect({ method, path, status: res.status, code: res.body.code }).toEqual({ method, path, status: 401, code: 'UNAUTHENTICATED' });
    }
  });

  it('403 for roles that may not edit', async () => {
    const calls: [string, string, object][] = [
      ['post', '/competency-frameworks', { code: 'X', name: 'Kamus X' }], ['post', `/competency-frameworks/${nationalId}/publish`, {}],
      ['post', `/competency-frameworks/${nationalId}/new-version`, {}], ['post', '/position-standards/generate-defaults', { frameworkId: nationalId, effectiveFrom: '2026-01-01' }],
      ['put', '/competency-policy', { countSelf: true }], ['post', `/assessments/${U}/void`, { reason: 'alasan cukup' }],
      ['get', `/units/${U}/heatmap`, {}], ['get', '/team/gaps', {}],
    ];
    for (const [method, path, body] of calls) {
      const res = await (http() as unknown as Record<string, (p: string) => { set: (k: string, v: string) => { send: (b: object) => Promise<{ status: number; body: { code: string } }> } }>)[method](`${API}${path}`).set('Authorization', d.tok.employee).send(body);
      expect({ path, status: res.status, code: res.body.code }).toEqual({ path, status: 403, code: 'FORBIDDEN' });
    }
    expect((await http().post(`${API}/competency-frameworks`).set('Authorization', d.tok.supervisor).send({ code: 'X', name: 'Kamus X' })).status).toBe(403);
  });

  it('creates a draft; bad input names the field; duplicate code 409', async () => {
    const res = await http().post(`${API}/competency-frameworks`).set('Authorization', d.tok.hrBkd).send({ code: 'KAMUS-UJI', name: 'Kamus uji', description: 'untuk uji' });
    expect(res.status).toBe(201);
    fw = res.body;
    expect(fw).toMatchObject({ code: 'KAMUS-UJI', version: 1, status: 'DRAFT', competencyCount: 0, inUse: false, previousVersionId: null });
    const bad = await http().post(`${API}/competency-frameworks`).set('Authorization', d.tok.hrBkd).send({ code: 'bad code!', name: 'ab', colour: 'red' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['code', 'colour', 'name']);
    const dup = await http().post(`${API}/competency-frameworks`).set('Authorization', d.tok.hrBkd).send({ code: 'kamus-uji', name: 'Kamus lain' });
    expect(dup.status).toBe(409);
    expect(dup.body.errors[0].field).toBe('code');
  });

  it('lists and reads for any signed-in user; bad uuid 400, unknown 404', async () => {
    const list = await http().get(`${API}/competency-frameworks`).set('Authorization', d.tok.employee);
    expect(list.status).toBe(200);
    expect((list.body as CompetencyFramework[]).map((f) => f.code)).toEqual(expect.arrayContaining(['ASN-MSK', 'KAMUS-UJI']));
    const national = (list.body as CompetencyFramework[]).find((f) => f.code === 'ASN-MSK');
    expect(national).toMatchObject({ status: 'PUBLISHED', competencyCount: 9, inUse: true });
    const one = await http().get(`${API}/competency-frameworks/${nationalId}`).set('Authorization', d.tok.employee);
    expect((one.body as FrameworkDetail).competencies).toHaveLength(9);
    expect((await http().get(`${API}/competency-frameworks/nope`).set('Authorization', d.tok.employee)).status).toBe(400);
    expect((await http().get(`${API}/competency-frameworks/${U}`).set('Authorization', d.tok.employee)).status).toBe(404);
  });

  it('edits a draft with optimistic locking', async () => {
    const ok = await http().patch(`${API}/competency-frameworks/${fw.id}`).set('Authorization', d.tok.hrBkd).send({ name: 'Kamus uji (ubah)', rowVersion: fw.rowVersion });
    expect(ok.status).toBe(200);
    expect(ok.body.name).toBe('Kamus uji (ubah)');
    const stale = await http().patch(`${API}/competency-frameworks/${fw.id}`).set('Authorization', d.tok.hrBkd).send({ name: 'Lagi', rowVersion: fw.rowVersion });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    expect((await http().patch(`${API}/competency-frameworks/${fw.id}`).set('Authorization', d.tok.hrBkd).send({ name: 'Lagi' })).body.errors[0].field).toBe('rowVersion');
  });

  it('adds groups and competencies, replaces and deletes a draft competency; level rules name the field', async () => {
    const g = await http().post(`${API}/competency-frameworks/${fw.id}/groups`).set('Authorization', d.tok.hrBkd).send({ code: 'TK', name: 'Teknis', kind: 'TEKNIS' });
    expect(g.status).toBe(201);
    groupId = g.body.id;
    expect((await http().post(`${API}/competency-frameworks/${fw.id}/groups`).set('Authorization', d.tok.hrBkd).send({ code: 'TK2', name: 'Teknis 2', kind: 'LAIN' })).body.errors[0].field).toBe('kind');
    const badParent = await http().post(`${API}/competency-frameworks/${fw.id}/groups`).set('Authorization', d.tok.hrBkd).send({ code: 'TK3', name: 'Teknis 3', kind: 'TEKNIS', parentId: U });
    expect(badParent.body.errors[0].field).toBe('parentId');
    const body = { groupId, code: 'KU.01', name: 'Kompetensi uji', definition: 'Definisi kompetensi uji', levels: [level(1, false), level(2), level(3), level(4, false), level(5)] };
    const c = await http().post(`${API}/competency-frameworks/${fw.id}/competencies`).set('Authorization', d.tok.hrBkd).send(body);
    expect(c.status).toBe(201);
    compId = c.body.id;
    expect(c.body.levels.filter((l: { defined: boolean }) => l.defined).map((l: { level: number }) => l.level)).toEqual([2, 3, 5]);
    const dupLevel = await http().post(`${API}/competency-frameworks/${fw.id}/competencies`).set('Authorization', d.tok.hrBkd).send({ ...body, code: 'KU.09', levels: [level(2), level(2)] });
    expect(dupLevel.body.errors[0].field).toBe('levels[1].level');
    const noneDefined = await http().post(`${API}/competency-frameworks/${fw.id}/competencies`).set('Authorization', d.tok.hrBkd).send({ ...body, code: 'KU.09', levels: [level(2, false)] });
    expect(noneDefined.body.errors[0].field).toBe('levels');
    const outOfScale = await http().post(`${API}/competency-frameworks/${fw.id}/competencies`).set('Authorization', d.tok.hrBkd).send({ ...body, code: 'KU.09', levels: [level(6)] });
    expect(outOfScale.body.errors[0].field).toBe('levels[0].level');
    const put = await http().put(`${API}/competencies/${compId}`).set('Authorization', d.tok.hrBkd).send({ ...body, name: 'Kompetensi uji (ubah)' });
    expect(put.status).toBe(200);
    expect(put.body.name).toBe('Kompetensi uji (ubah)');
    const tmp = await http().post(`${API}/competency-frameworks/${fw.id}/competencies`).set('Authorization', d.tok.hrBkd).send({ ...body, code: 'KU.02' });
    expect((await http().delete(`${API}/competencies/${tmp.body.id}`).set('Authorization', d.tok.hrBkd)).status).toBe(204);
    expect((await http().delete(`${API}/competencies/${tmp.body.id}`).set('Authorization', d.tok.hrBkd)).status).toBe(404);
    const detail = (await http().get(`${API}/competency-frameworks/${fw.id}`).set('Authorization', d.tok.hrBkd)).body as FrameworkDetail;
    expect(detail.competencies.map((x) => x.code)).toEqual(['KU.01']);
  });

  it('a standard needs a published framework and defined required levels', async () => {
    const [{ id: positionId }] = await d.t.ds.query(`SELECT id FROM position ORDER BY code LIMIT 1`);
    const draft = await http().post(`${API}/position-standards`).set('Authorization', d.tok.hrBkd)
      .send({ frameworkId: fw.id, positionId, name: 'SKJ uji', effectiveFrom: '2026-06-01', requirements: [{ competencyId: compId, requiredLevel: 3, weight: 1, essential: true }] });
    expect(draft.status).toBe(400);
    expect(draft.body.errors[0].field).toBe('frameworkId');
  });

  it('publish freezes the framework (edits 409), is audited, and an empty draft cannot be published', async () => {
    const empty = await http().post(`${API}/competency-frameworks`).set('Authorization', d.tok.hrBkd).send({ code: 'KOSONG', name: 'Kamus kosong' });
    expect((await http().post(`${API}/competency-frameworks/${empty.body.id}/publish`).set('Authorization', d.tok.hrBkd)).status).toBe(400);
    const pub = await http().post(`${API}/competency-frameworks/${fw.id}/publish`).set('Authorization', d.tok.hrBkd);
    expect(pub.status).toBe(200);
    expect(pub.body.status).toBe('PUBLISHED');
    expect(pub.body.publishedAt).toBeTruthy();
    expect((await http().post(`${API}/competency-frameworks/${fw.id}/publish`).set('Authorization', d.tok.hrBkd)).status).toBe(409);
    const rv = pub.body.rowVersion;
    const edits = [
      http().patch(`${API}/competency-frameworks/${fw.id}`).set('Authorization', d.tok.hrBkd).send({ name: 'Ubah', rowVersion: rv }),
      http().post(`${API}/competency-frameworks/${fw.id}/groups`).set('Authorization', d.tok.hrBkd).send({ code: 'G9', name: 'Grup', kind: 'TEKNIS' }),
      http().post(`${API}/competency-frameworks/${fw.id}/competencies`).set('Authorization', d.tok.hrBkd).send({ groupId, code: 'KU.03', name: 'Baru', definition: 'Definisi baru', levels: [level(1)] }),
      http().put(`${API}/competencies/${compId}`).set('Authorization', d.tok.hrBkd).send({ groupId, code: 'KU.01', name: 'Ubah', definition: 'Definisi ubah', levels: [level(1)] }),
      http().delete(`${API}/competencies/${compId}`).set('Authorization', d.tok.hrBkd),
    ];
    for (const res of await Promise.all(edits)) expect(res.status).toBe(409);
    const [a] = await d.t.ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'PUBLISH' AND entity_id = $1`, [fw.id]);
    expect(a.n).toBe(1);
  });

  let standard: PositionStandard;
  it('creates a position standard (required level must be defined), lists, reads and resolves it for the position', async () => {
    const [{ id: positionId }] = await d.t.ds.query(`SELECT id FROM position ORDER BY code LIMIT 1`);
    const req = (over: object = {}) => ({ frameworkId: fw.id, positionId, name: 'SKJ uji', effectiveFrom: '2026-06-01', requirements: [{ competencyId: compId, requiredLevel: 3, weight: 1.5, essential: true, ...over }] });
    const undefinedLevel = await http().post(`${API}/position-standards`).set('Authorization', d.tok.hrBkd).send(req({ requiredLevel: 4 }));
    expect(undefinedLevel.status).toBe(400);
    expect(undefinedLevel.body.errors[0]).toMatchObject({ field: 'requirements[0].requiredLevel', message: 'level yang didefinisikan: 2, 3, 5' });
    const aboveScale = await http().post(`${API}/position-standards`).set('Authorization', d.tok.hrBkd).send(req({ requiredLevel: 6 }));
    expect(aboveScale.body.errors[0].field).toBe('requirements[0].requiredLevel');
    const foreign = await http().post(`${API}/position-standards`).set('Authorization', d.tok.hrBkd).send(req({ competencyId: randomUUID() }));
    expect(foreign.body.errors[0].field).toBe('requirements[0].competencyId');
    const both = await http().post(`${API}/position-standards`).set('Authorization', d.tok.hrBkd).send({ ...req(), positionType: 'PELAKSANA' });
    expect(both.status).toBe(400);
    expect(both.body.errors[0].field).toBe('positionType');
    const badDate = await http().post(`${API}/position-standards`).set('Authorization', d.tok.hrBkd).send({ ...req(), effectiveFrom: '01-06-2026' });
    expect(badDate.body.errors[0].field).toBe('effectiveFrom');
    const ok = await http().post(`${API}/position-standards`).set('Authorization', d.tok.hrBkd).send(req());
    expect(ok.status).toBe(201);
    standard = ok.body;
    expect(standard).toMatchObject({ positionId, effectiveFrom: '2026-06-01', effectiveTo: null, requirements: [{ competencyId: compId, requiredLevel: 3, weight: 1.5, essential: true, code: 'KU.01' }] });
    expect((await http().post(`${API}/position-standards`).set('Authorization', d.tok.hrBkd).send(req())).status).toBe(409);
    // The demo standard of that position ended the day before.
    const list = await http().get(`${API}/position-standards?positionId=${positionId}`).set('Authorization', d.tok.employee);
    expect(list.status).toBe(200);
    expect((list.body as PositionStandard[]).map((s) => [s.effectiveFrom, s.effectiveTo]).sort().reverse()).toEqual([['2026-06-01', null], ['2025-01-01', '2026-05-31']]);
    const current = await http().get(`${API}/position-standards?positionId=${positionId}&currentOnly=true`).set('Authorization', d.tok.employee);
    expect(current.body.map((s: PositionStandard) => s.id)).toEqual([standard.id]);
    expect((await http().get(`${API}/position-standards?currentOnly=maybe`).set('Authorization', d.tok.employee)).body.errors[0].field).toBe('currentOnly');
    expect((await http().get(`${API}/position-standards/for-position/${positionId}`).set('Authorization', d.tok.employee)).body.id).toBe(standard.id);
    expect((await http().get(`${API}/position-standards/for-position/${U}`).set('Authorization', d.tok.employee)).status).toBe(404);
    expect((await http().get(`${API}/position-standards/${standard.id}`).set('Authorization', d.tok.employee)).body).toEqual(standard);
    expect((await http().get(`${API}/position-standards/${U}`).set('Authorization', d.tok.employee)).status).toBe(404);
    expect((await http().get(`${API}/position-standards/x`).set('Authorization', d.tok.employee)).status).toBe(400);
    // The framework is in use now.
    const f = (await http().get(`${API}/competency-frameworks/${fw.id}`).set('Authorization', d.tok.hrBkd)).body;
    expect(f.inUse).toBe(true);
  });

  it('generates templates for every jabatan type; a position without its own standard uses its template', async () => {
    const bad = await http().post(`${API}/position-standards/generate-defaults`).set('Authorization', d.tok.hrBkd).send({ frameworkId: fw.id, effectiveFrom: '2026-07-01' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('frameworkId');
    const res = await http().post(`${API}/position-standards/generate-defaults`).set('Authorization', d.tok.hrBkd).send({ frameworkId: nationalId, effectiveFrom: '2026-07-01' });
    expect(res.status).toBe(201);
    expect(res.body).toHaveLength(DEFAULT_REQUIRED_LEVELS.length);
    expect((res.body as PositionStandard[]).every((s) => s.positionId === null && s.requirements.length === 9)).toBe(true);
    const templates = await http().get(`${API}/position-standards?positionType=PELAKSANA&currentOnly=true`).set('Authorization', d.tok.employee);
    expect(templates.body.every((s: PositionStandard) => s.effectiveFrom === '2026-07-01')).toBe(true);
    // A new position of that type falls back to the template.
    const unitId = await d.unit('DINKES');
    const [{ id }] = await d.t.ds.query(`INSERT INTO position (unit_id, code, name, type, grade) VALUES ($1, 'UJI.PL', 'Pengadministrasi Uji', 'PELAKSANA', 5) RETURNING id`, [unitId]);
    const fp = await http().get(`${API}/position-standards/for-position/${id}`).set('Authorization', d.tok.employee);
    expect(fp.body).toMatchObject({ positionId: null, positionType: 'PELAKSANA', effectiveFrom: '2026-07-01' });
  });

  it('retire: only a published framework; new-version: one draft at a time, lineage kept', async () => {
    const nv = await http().post(`${API}/competency-frameworks/${fw.id}/new-version`).set('Authorization', d.tok.hrBkd);
    expect(nv.status).toBe(201);
    expect(nv.body).toMatchObject({ version: 2, status: 'DRAFT', previousVersionId: fw.id, competencyCount: 1 });
    expect((await http().post(`${API}/competency-frameworks/${fw.id}/new-version`).set('Authorization', d.tok.hrBkd)).status).toBe(409);
    const [{ n }] = await d.t.ds.query(`SELECT count(*)::int AS n FROM competency a JOIN competency b ON a.lineage_id = b.lineage_id WHERE a.framework_id = $1 AND b.framework_id = $2`, [fw.id, nv.body.id]);
    expect(n).toBe(1);
    const [{ n: levels }] = await d.t.ds.query(`SELECT count(*)::int AS n FROM competency_level l JOIN competency c ON c.id = l.competency_id WHERE c.framework_id = $1 AND l.defined`, [nv.body.id]);
    expect(levels).toBe(3);
    expect((await http().post(`${API}/competency-frameworks/${nv.body.id}/retire`).set('Authorization', d.tok.hrBkd)).status).toBe(409);
    const r = await http().post(`${API}/competency-frameworks/${fw.id}/retire`).set('Authorization', d.tok.hrBkd);
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('RETIRED');
    const [a] = await d.t.ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE action IN ('RETIRE', 'NEW_VERSION')`);
    expect(a.n).toBe(2);
  });
});
