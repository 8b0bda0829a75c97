import request from 'supertest';
import { createTestApp, TestApp } from '@kompeten/api/core/testing';
import { IdentityModule } from '@kompeten/api/identity';
import { bearer, createUser } from '@kompeten/api/identity/testing';
import { OrganisationModule } from '@kompeten/api/organisation';
import { CompetencyModule } from '../competency.module';
import { NATIONAL_FRAMEWORK } from '../reference';
import { loadReferenceFramework } from '../seed/load-framework';
import { validateCasePackage } from './case-schema';
import type { CFPackage } from './case-types';
import type { FrameworkImportReport } from './import-model';
import { readXlsx } from './sheet-io';

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => cb(null, Buffer.concat(chunks)));
};

/** Package content without what legitimately differs between two versions: document identity, version, status, timestamps. */
function comparable(p: CFPackage): unknown {
  const docId = p.CFDocument.identifier;
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'lastChangeDateTime').map(([k, x]) => [k, strip(x)]));
    }
    return typeof v === 'string' ? v.split(docId).join('DOC') : v;
  };
  const out = strip(p) as CFPackage;
  out.CFDocument = { ...out.CFDocument, version: 'V', adoptionStatus: 'S', extensions: { kompeten: { code: (p.CFDocument.extensions?.['kompeten'] as { code: string }).code } } };
  // Associations to the document derive their identifier from the document's.
  out.CFAssociations = (out.CFAssociations ?? []).map((a) => (a.destinationNodeURI.identifier === 'DOC' ? { ...a, identifier: 'A', uri: 'A' } : a));
  return out;
}

describe('competency framework import/export (real PostgreSQL)', () => {
  let t: TestApp;
  let hr: string;
  let emp: string;
  let nationalId: string;
  let nationalPkg: CFPackage;
  const http = () => request(t.app.getHttpServer());
  const exportCase = async (id: string, format = 'case') => {
    const res = await http().get(`/api/v1/competency-frameworks/${id}/export?format=${format}`).set('Authorization', hr);
    expect(res.status).toBe(200);
    return res.body as CFPackage;
  };
  const importFile = (body: Buffer | string, filename: string, query = '', contentType?: string) =>
    http().post(`/api/v1/competency-frameworks/import${query}`).set('Authorization', hr)
      .attach('file', Buffer.isBuffer(body) ? body : Buffer.from(body), { filename, contentType: contentType ?? (filename.endsWith('.json') ? 'application/json' : filename.endsWith('.csv') ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet') });
  const importCase = (p: unknown, query = '') => importFile(JSON.stringify(p), 'kamus.json', query);
  const tableCounts = async () => {
    const [row] = await t.ds.query(`SELECT (SELECT count(*)::int FROM competency_framework) AS f, (SELECT count(*)::int FROM competency_group) AS g,
      (SELECT count(*)::int FROM competency) AS c, (SELECT count(*)::int FROM competency_level) AS l,
      (SELECT count(*)::int FROM audit_log WHERE action = 'IMPORT') AS a,
      (SELECT coalesce(sum(row_version), 0)::int FROM competency_framework) AS rv`);
    return row;
  };

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, OrganisationModule, CompetencyModule], { UPLOAD_MAX_MB: '1', PUBLIC_BASE_URL: 'https://kompeten.example.go.id' });
    await createUser(t.ds, { username: 'hr1', roles: ['HR_OFFICER'] });
    await createUser(t.ds, { username: 'emp1', roles: ['EMPLOYEE'] });
    hr = await bearer(t.app, 'hr1');
    emp = await bearer(t.app, 'emp1');
    nationalId = await loadReferenceFramework(t.ds.manager, NATIONAL_FRAMEWORK);
    nationalPkg = await exportCase(nationalId);
  });
  afterAll(() => t.close());

  it('exports the shipped framework as a strictly valid CASE 1.1 package for any signed-in user, audited', async () => {
    const res = await http().get(`/api/v1/competency-frameworks/${nationalId}/export`).set('Authorization', emp);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="kamus-asn-msk-v1.json"');
    expect(validateCasePackage(res.body, 'strict')).toEqual([]);
    expect(res.body.CFDocument).toMatchObject({ title: NATIONAL_FRAMEWORK.name, adoptionStatus: 'Adopted', caseVersion: '1.1' });
    expect(res.body.CFDocument.uri).toMatch(/^https:\/\/kompeten\.example\.go\.id\/ims\/case\/v1p1\/CFDocuments\//);
    const p10 = await exportCase(nationalId, 'case10');
    expect(validateCasePackage(p10, 'strict')).toEqual([]);
    expect(JSON.stringify(p10)).not.toContain('hasSkillLevel');
    const audit = await t.ds.query(`SELECT after FROM audit_log WHERE action = 'EXPORT' AND entity_id = $1 ORDER BY id`, [nationalId]);
    expect(audit.map((a: { after: { format: string } }) => a.after.format)).toEqual(expect.arrayContaining(['case', 'case10']));
  });

  it('refuses strangers: 401 without sign-in, 403 for an employee on import', async () => {
    expect((await http().get(`/api/v1/competency-frameworks/${nationalId}/export`)).status).toBe(401);
    expect((await http().post('/api/v1/competency-frameworks/import').attach('file', Buffer.from('{}'), 'a.json')).status).toBe(401);
    const res = await http().post('/api/v1/competency-frameworks/import').set('Authorization', emp).attach('file', Buffer.from(JSON.stringify(nationalPkg)), 'a.json');
    expect(res.status).toBe(403);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  let draftId: string;
  it('CASE round trip: the published framework is imported as a new draft version with the same content', async () => {
    const before = await tableCounts();
    const res = await importCase(nationalPkg);
    expect(res.status).toBe(201);
    const report = res.body as FrameworkImportReport;
    const defined = NATIONAL_FRAMEWORK.groups.flatMap((g) => g.competencies.flatMap((c) => c.levels.filter((l) => l.defined)));
    expect(report).toMatchObject({
      dryRun: false, format: 'case', action: 'NEW_VERSION', errors: [],
      created: { groups: 2, competencies: 9, levels: defined.length, indicators: defined.reduce((n, l) => n + l.indicators.length, 0) },
      updated: { groups: 0, competencies: 0, levels: 0, indicators: 0 },
    });
    draftId = report.frameworkId as string;
    const [f] = await t.ds.query(`SELECT status, version, previous_version_id, code FROM competency_framework WHERE id = $1`, [draftId]);
    expect(f).toEqual({ status: 'DRAFT', version: 2, previous_version_id: nationalId, code: 'ASN-MSK' });
    // Lineage follows the competencies across versions, so old assessments still count.
    const [{ n }] = await t.ds.query(
      `SELECT count(*)::int AS n FROM competency a JOIN competency b ON a.lineage_id = b.lineage_id AND a.code = b.code WHERE a.framework_id = $1 AND b.framework_id = $2`, [nationalId, draftId]);
    expect(n).toBe(9);
    const again = await exportCase(draftId);
    expect(validateCasePackage(again, 'strict')).toEqual([]);
    expect(again.CFDocument.identifier).not.toBe(nationalPkg.CFDocument.identifier);
    expect(again.CFDocument).toMatchObject({ adoptionStatus: 'Draft', version: '2' });
    expect(comparable(again)).toEqual(comparable(nationalPkg));
    expect((await tableCounts()).a).toBe(before.a + 1);
  });

  it('is idempotent: importing the same package again changes nothing', async () => {
    const before = await tableCounts();
    const res = await importCase(nationalPkg);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ action: 'UPDATE_DRAFT', frameworkId: draftId, created: { groups: 0, competencies: 0, levels: 0, indicators: 0 }, updated: { groups: 0, competencies: 0, levels: 0, indicators: 0 } });
    expect(res.body.unchanged).toMatchObject({ groups: 2, competencies: 9 });
    expect(res.body.warnings.map((w: { message: string }) => w.message).join()).toContain('draf versi 2 yang sudah ada');
    const draftPkg = await exportCase(draftId);
    const own = await importCase(draftPkg);
    expect(own.body).toMatchObject({ action: 'UPDATE_DRAFT', frameworkId: draftId, warnings: [], created: { groups: 0, competencies: 0, levels: 0, indicators: 0 }, updated: { groups: 0, competencies: 0, levels: 0, indicators: 0 } });
    const after = await tableCounts();
    expect({ ...after, a: 0 }).toEqual({ ...before, a: 0 });
    expect(await exportCase(draftId)).toEqual(draftPkg);
  });

  it('updates a draft in place and counts what changed', async () => {
    const p = await exportCase(draftId);
    const m01 = (p.CFItems ?? []).find((i) => i.humanCodingScheme === 'M.01');
    if (m01) m01.abbreviatedStatement = 'Integritas ASN';
    const res = await importCase(p);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ action: 'UPDATE_DRAFT', updated: { groups: 0, competencies: 1, levels: 0, indicators: 0 }, unchanged: { competencies: 8 } });
    const [{ name }] = await t.ds.query(`SELECT name FROM competency WHERE framework_id = $1 AND code = 'M.01'`, [draftId]);
    expect(name).toBe('Integritas ASN');
    const [{ name: published }] = await t.ds.query(`SELECT name FROM competency WHERE framework_id = $1 AND code = 'M.01'`, [nationalId]);
    expect(published).toBe('Integritas');
  });

  it('dry run reports the same counts and writes nothing', async () => {
    const before = await tableCounts();
    const copy = JSON.parse(JSON.stringify(nationalPkg)) as CFPackage;
    copy.CFDocument.identifier = '0f0f0f0f-0000-4000-8000-000000000001';
    copy.CFDocument.extensions = { kompeten: { code: 'UJI-DRY' } };
    const res = await importCase(copy, '?dryRun=true');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: true, action: 'NEW_FRAMEWORK', frameworkId: null, created: { groups: 2, competencies: 9 }, errors: [] });
    const changed = await exportCase(draftId);
    (changed.CFItems ?? []).forEach((i) => { if (i.CFItemType === 'Behavioral Indicator') i.fullStatement += ' (revisi)'; });
    const dry = await importCase(changed, '?dryRun=true');
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, action: 'UPDATE_DRAFT', frameworkId: draftId, created: { indicators: 0 }, unchanged: { indicators: 0 } });
    expect(dry.body.updated.indicators).toBeGreaterThan(100);
    expect(await tableCounts()).toEqual(before);
  });

  it('rejects a cycle with 400 naming the items, and writes nothing', async () => {
    const before = await tableCounts();
    const p = JSON.parse(JSON.stringify(nationalPkg)) as CFPackage;
    const group = (p.CFItems ?? []).find((i) => i.CFItemType === 'Competency Cluster' && i.humanCodingScheme === 'MANAJERIAL');
    const comp = (p.CFItems ?? []).find((i) => i.humanCodingScheme === 'M.02');
    const link = (i: typeof comp) => ({ title: 'x', identifier: i?.identifier as string, uri: i?.uri as string });
    p.CFAssociations?.push({ identifier: '0e0e0e0e-0000-4000-8000-000000000001', associationType: 'isChildOf', uri: 'https://x.org/a', originNodeURI: link(group), destinationNodeURI: link(comp), lastChangeDateTime: '2026-01-01T00:00:00Z' });
    const res = await importCase(p);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const cycle = res.body.errors.find((e: { message: string }) => e.message.includes('siklus'));
    expect(cycle.message).toContain(`${group?.identifier} (MANAJERIAL)`);
    expect(cycle.message).toContain(`${comp?.identifier} (M.02)`);
    expect(cycle.field).toMatch(/^\/CFAssociations\/\d+$/);
    expect(await tableCounts()).toEqual(before);
  });

  it('answers bad files with problem+json, never 500', async () => {
    const bad = JSON.parse(JSON.stringify(nationalPkg)) as { CFItems: Record<string, unknown>[] };
    delete bad.CFItems[0]['fullStatement'];
    const schema = await importCase(bad);
    expect(schema.status).toBe(400);
    expect(schema.body.errors).toContainEqual({ field: '/CFItems/0/fullStatement', message: 'wajib ada' });
    const malformed = await importFile('{"CFDocument": ', 'kamus.json');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0].field).toBe('file');
    expect((await importFile('a;b', 'kamus.txt', '?format=case', 'text/plain')).status).toBe(415);
    expect((await importFile('a;b', 'kamus.txt', '', 'text/plain')).status).toBe(415);
    expect((await http().post('/api/v1/competency-frameworks/import').set('Authorization', hr).send({ CFDocument: {} })).status).toBe(415);
    const broken = await importFile(Buffer.from('PK\u0003\u0004 rusak'), 'kamus.xlsx');
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0]).toMatchObject({ field: 'file', message: 'berkas XLSX tidak dapat dibaca' });
    const big = await importFile(Buffer.alloc(1024 * 1024 + 10, 32), 'besar.json');
    expect(big.status).toBe(413);
    expect(big.body.code).toBe('PAYLOAD_TOO_LARGE');
    const none = await http().post('/api/v1/competency-frameworks/import').set('Authorization', hr).field('x', '1');
    expect(none.status).toBe(400);
    expect(none.body.errors[0].field).toBe('file');
  });

  it('CSV round trip: export, import as a new framework, export the same rows; re-import is unchanged', async () => {
    const csv = await http().get(`/api/v1/competency-frameworks/${nationalId}/export?format=csv`).set('Authorization', hr);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="kamus-asn-msk-v1.csv"');
    const noTarget = await importFile(csv.text, 'kamus.csv');
    expect(noTarget.status).toBe(400);
    expect(noTarget.body.errors.map((e: { field: string }) => e.field)).toEqual(['code', 'name']);
    const res = await importFile(csv.text, 'kamus.csv', '?code=ASN-MSK-CSV&name=Salinan%20CSV');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ format: 'csv', action: 'NEW_FRAMEWORK', created: { groups: 2, competencies: 9 }, errors: [] });
    const id = res.body.frameworkId as string;
    const back = await http().get(`/api/v1/competency-frameworks/${id}/export?format=csv`).set('Authorization', hr);
    expect(back.text).toBe(csv.text);
    const again = await importFile(csv.text, 'kamus.csv', `?frameworkId=${id}`);
    expect(again.body).toMatchObject({ action: 'UPDATE_DRAFT', created: { groups: 0, competencies: 0, levels: 0, indicators: 0 }, updated: { groups: 0, competencies: 0, levels: 0, indicators: 0 }, unchanged: { groups: 2, competencies: 9 } });
  });

  it('XLSX round trip', async () => {
    const get = (id: string) => http().get(`/api/v1/competency-frameworks/${id}/export?format=xlsx`).set('Authorization', hr).buffer(true).parse(binary);
    const xlsx = await get(nationalId);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const res = await importFile(xlsx.body as Buffer, 'kamus.xlsx', '?code=ASN-MSK-XLSX&name=Salinan%20XLSX');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ format: 'xlsx', action: 'NEW_FRAMEWORK', created: { groups: 2, competencies: 9 } });
    const back = await get(res.body.frameworkId);
    expect(await readXlsx(back.body as Buffer)).toEqual(await readXlsx(xlsx.body as Buffer));
  });

  it('reports CSV row errors: listed on a dry run, 400 on a real run, nothing written', async () => {
    const before = await tableCounts();
    const csv = 'kelompok_kode,kelompok_nama,jenis,kode,nama,definisi,level,didefinisikan,judul_level,deskripsi_level,indikator\r\n'
      + 'TK,Teknis,TEKNIS,T.01,Arsip,Mengelola arsip,1,ya,Dasar,Menyimpan arsip,a | b\r\n'
      + 'TK,Teknis,TEKNIS,T.01,Arsip,Mengelola arsip,6,ya,Ahli,Uraian,\r\n';
    const dry = await importFile(csv, 'arsip.csv', '?dryRun=true&code=ARSIP&name=Kamus%20Arsip');
    expect(dry.status).toBe(200);
    expect(dry.body.errors).toEqual([{ row: 3, field: 'level', message: 'harus bilangan 1–5' }]);
    const real = await importFile(csv, 'arsip.csv', '?code=ARSIP&name=Kamus%20Arsip');
    expect(real.status).toBe(400);
    expect(real.body.errors).toEqual([{ field: 'level', message: 'baris 3: harus bilangan 1–5' }]);
    expect(real.body.report.errors).toHaveLength(1);
    expect(await tableCounts()).toEqual(before);
  });
});
