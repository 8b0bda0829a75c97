import { DEMO_TECHNICAL_FRAMEWORK, NATIONAL_FRAMEWORK } from '../reference';
import { toCasePackage } from './case-export';
import { buildCaseSchema, validateCasePackage } from './case-schema';
import { assoc, item, pkg } from './testing/mini-package';
import { referenceSnapshot } from './testing/reference-snapshot';

const BASE = 'https://kompeten.example.go.id';

describe('CASE 1.1 JSON Schema (ours)', () => {
  it('is a draft 2020-12 schema with closed classes', () => {
    const s = buildCaseSchema('strict') as { $schema: string; additionalProperties: boolean; $defs: Record<string, { additionalProperties?: boolean }> };
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.additionalProperties).toBe(false);
    for (const name of ['CFDocument', 'CFItem', 'CFAssociation', 'CFRubric', 'CFRubricCriterion', 'CFRubricCriterionLevel', 'CFItemType', 'CFDefinitions']) {
      expect(s.$defs[name].additionalProperties).toBe(false);
    }
  });

  it.each([
    ['national 1.1', NATIONAL_FRAMEWORK, '1.1'],
    ['national 1.0', NATIONAL_FRAMEWORK, '1.0'],
    ['technical 1.1', DEMO_TECHNICAL_FRAMEWORK, '1.1'],
  ] as const)('accepts our export of the %s framework strictly', (_name, ref, caseVersion) => {
    const p = toCasePackage(referenceSnapshot(ref), { baseUrl: BASE, caseVersion });
    expect(validateCasePackage(p, 'strict')).toEqual([]);
  });

  it('rejects non-conformant identifiers strictly but accepts any UUID leniently', () => {
    const p = pkg([item('a', { identifier: '00000000-0000-0000-0000-000000000001' })], []);
    expect(validateCasePackage(p, 'strict')).toContainEqual({ field: '/CFItems/0/identifier', message: 'harus berupa UUID' });
    expect(validateCasePackage(p, 'lenient')).toEqual([]);
    const upper = pkg([item('a', { identifier: 'ABCDEF00-0000-0000-0000-000000000001' })], []);
    expect(validateCasePackage(upper, 'lenient')).toEqual([]);
    const notUuid = pkg([item('a', { identifier: 'M.01' })], []);
    expect(validateCasePackage(notUuid, 'lenient')).toContainEqual({ field: '/CFItems/0/identifier', message: 'harus berupa UUID' });
  });

  it('reports missing and unknown properties as JSON pointers', () => {
    const p = pkg([item('a')], []) as unknown as { CFItems: Record<string, unknown>[]; CFDocument: Record<string, unknown> };
    delete p.CFItems[0]['fullStatement'];
    p.CFDocument['foo'] = 1;
    const issues = validateCasePackage(p, 'lenient');
    expect(issues).toContainEqual({ field: '/CFItems/0/fullStatement', message: 'wajib ada' });
    expect(issues).toContainEqual({ field: '/CFDocument/foo', message: 'properti tidak dikenal dalam CASE' });
    expect(validateCasePackage({}, 'lenient')).toEqual([{ field: '/CFDocument', message: 'wajib ada' }]);
    expect(validateCasePackage([], 'lenient')).toEqual([{ field: '/', message: 'harus bertipe object' }]);
  });

  it('accepts ext: association types and free extensions, rejects unknown types and bad dates', () => {
    expect(validateCasePackage(pkg([item('a'), item('b')], [assoc('ext:mirip', 'a', 'b')], { extensions: { apa: { saja: [1] } } }), 'lenient')).toEqual([]);
    expect(validateCasePackage(pkg([item('a'), item('b')], [assoc('isSiblingOf', 'a', 'b')]), 'lenient'))
      .toEqual([{ field: '/CFAssociations/0/associationType', message: 'nilai tidak diizinkan' }]);
    expect(validateCasePackage(pkg([item('a', { lastChangeDateTime: 'kemarin' })], []), 'lenient'))
      .toEqual([{ field: '/CFItems/0/lastChangeDateTime', message: 'format date-time tidak valid' }]);
  });

  it('accepts CASE 1.0 back-links on import only', () => {
    const back = { title: 'Kamus uji', identifier: '0a0a0a0a-0000-4000-8000-000000000001', uri: 'https://x.org/d' };
    const p = pkg([item('a', { CFDocumentURI: back } as never)], [{ ...assoc('isChildOf', 'a', 'doc'), CFDocumentURI: back } as never]);
    (p.CFDocument as unknown as Record<string, unknown>)['CFPackageURI'] = back;
    expect(validateCasePackage(p, 'lenient')).toEqual([]);
    expect(validateCasePackage(p, 'strict').map((i) => i.field).sort()).toEqual(['/CFAssociations/0/CFDocumentURI', '/CFDocument/CFPackageURI', '/CFItems/0/CFDocumentURI']);
  });

  it('checks rubrics with criteria and levels', () => {
    const p = pkg([], [], {
      CFRubrics: [{
        identifier: '11111111-1111-4111-8111-111111111111', uri: 'https://x.org/r', lastChangeDateTime: '2026-01-01T00:00:00Z',
        CFRubricCriteria: [{ identifier: '21111111-1111-4111-8111-111111111111', uri: 'https://x.org/c', lastChangeDateTime: '2026-01-01T00:00:00Z',
          CFRubricCriterionLevels: [{ identifier: '31111111-1111-4111-8111-111111111111', uri: 'https://x.org/l', lastChangeDateTime: '2026-01-01T00:00:00Z', score: 'tinggi' }] }],
      }],
    } as never);
    expect(validateCasePackage(p, 'strict')).toEqual([{ field: '/CFRubrics/0/CFRubricCriteria/0/CFRubricCriterionLevels/0/score', message: 'harus bertipe number' }]);
  });
});
