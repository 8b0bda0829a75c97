import { NATIONAL_FRAMEWORK } from '../reference';
import { indicatorIdentifier, itemTypeIdentifier, rubricLevelText, toCasePackage } from './case-export';
import { EXTENSION_KEY } from './case-types';
import { referenceSnapshot } from './testing/reference-snapshot';

const BASE = 'https://kompeten.example.go.id/';

describe('CASE export', () => {
  const snap = referenceSnapshot(NATIONAL_FRAMEWORK);
  const p = toCasePackage(snap, { baseUrl: BASE, caseVersion: '1.1' });
  const items = p.CFItems ?? [];
  const assocs = p.CFAssociations ?? [];

  it('is deterministic', () => {
    expect(JSON.stringify(toCasePackage(snap, { baseUrl: BASE, caseVersion: '1.1' }))).toBe(JSON.stringify(p));
  });

  it('describes the document', () => {
    expect(p.CFDocument).toMatchObject({
      identifier: snap.caseIdentifier, uri: `https://kompeten.example.go.id/ims/case/v1p1/CFDocuments/${snap.caseIdentifier}`,
      creator: 'Kompeten', title: NATIONAL_FRAMEWORK.name, version: '1', adoptionStatus: 'Adopted', language: 'id',
      frameworkType: 'Competency', caseVersion: '1.1', lastChangeDateTime: '2026-01-15T03:00:00.000Z',
      extensions: { [EXTENSION_KEY]: { code: 'ASN-MSK', version: 1, status: 'PUBLISHED' } },
    });
    expect(p.CFDocument.officialSourceURL).toBeUndefined();
    expect(toCasePackage({ ...snap, status: 'RETIRED', sourceUrl: 'https://jdih.menpan.go.id/x' }, { baseUrl: BASE, caseVersion: '1.1' }).CFDocument)
      .toMatchObject({ adoptionStatus: 'Deprecated', officialSourceURL: 'https://jdih.menpan.go.id/x' });
    expect(toCasePackage({ ...snap, status: 'DRAFT' }, { baseUrl: BASE, caseVersion: '1.1' }).CFDocument.adoptionStatus).toBe('Draft');
  });

  it('emits clusters, competencies, defined levels and indicators as typed items', () => {
    const defined = snap.competencies.flatMap((c) => c.levels.filter((l) => l.defined));
    const indicators = defined.reduce((n, l) => n + l.indicators.length, 0);
    const count = (t: string) => items.filter((i) => i.CFItemType === t).length;
    expect(count('Competency Cluster')).toBe(snap.groups.length);
    expect(count('Competency')).toBe(snap.competencies.length);
    expect(count('Proficiency Level')).toBe(defined.length);
    expect(count('Behavioral Indicator')).toBe(indicators);
    expect(items).toHaveLength(snap.groups.length + snap.competencies.length + defined.length + indicators);

    const m01 = snap.competencies.find((c) => c.code === 'M.01');
    const it = items.find((i) => i.identifier === m01?.caseIdentifier);
    expect(it).toMatchObject({ humanCodingScheme: 'M.01', abbreviatedStatement: 'Integritas', fullStatement: m01?.definition, extensions: { kompeten: { kind: 'MANAJERIAL', lineageId: m01?.lineageId } } });
    expect(it?.CFItemTypeURI?.identifier).toBe(itemTypeIdentifier('competency'));
    const l1 = m01?.levels[0];
    expect(items.find((i) => i.identifier === l1?.caseIdentifier)).toMatchObject({ listEnumeration: '1', abbreviatedStatement: l1?.title, fullStatement: l1?.description });
    expect(items.find((i) => i.identifier === indicatorIdentifier(l1?.caseIdentifier as string, 0))?.fullStatement).toBe(l1?.indicators[0]);
    expect(p.CFDefinitions?.CFItemTypes?.map((t) => t.title)).toEqual(['Competency Cluster', 'Competency', 'Proficiency Level', 'Behavioral Indicator']);
  });

  it('links levels by hasSkillLevel and isChildOf, with sequence numbers', () => {
    const m01 = snap.competencies.find((c) => c.code === 'M.01');
    const l3 = m01?.levels[2];
    const group = snap.groups.find((g) => g.id === m01?.groupId);
    const of = (type: string, o?: string, d?: string) => assocs.find((a) => a.associationType === type && a.originNodeURI.identifier === o && a.destinationNodeURI.identifier === d);
    expect(of('hasSkillLevel', m01?.caseIdentifier, l3?.caseIdentifier)?.sequenceNumber).toBe(3);
    expect(of('isChildOf', l3?.caseIdentifier, m01?.caseIdentifier)?.sequenceNumber).toBe(3);
    expect(of('isChildOf', m01?.caseIdentifier, group?.caseIdentifier)?.sequenceNumber).toBe(1);
    expect(of('isChildOf', group?.caseIdentifier, snap.caseIdentifier)?.sequenceNumber).toBe(1);
    expect(new Set(assocs.map((a) => a.identifier)).size).toBe(assocs.length);
  });

  it('adds one rubric per competency with a criterion level per defined level', () => {
    expect(p.CFRubrics).toHaveLength(snap.competencies.length);
    const m01 = snap.competencies.find((c) => c.code === 'M.01');
    const crit = p.CFRubrics?.find((r) => r.CFRubricCriteria?.[0].CFItemURI?.identifier === m01?.caseIdentifier)?.CFRubricCriteria?.[0];
    expect(crit?.CFRubricCriterionLevels?.map((l) => [l.position, l.score, l.quality])).toEqual(m01?.levels.filter((l) => l.defined).map((l) => [l.level, l.level, l.title]));
    expect(crit?.CFRubricCriterionLevels?.[0].description).toBe(rubricLevelText(m01?.levels[0] as never));
    expect(crit?.CFRubricCriterionLevels?.[0].description).toContain(`- ${m01?.levels[0].indicators[0]}`);
  });

  it('CASE 1.0 drops 1.1-only fields and hasSkillLevel', () => {
    const p10 = toCasePackage(snap, { baseUrl: BASE, caseVersion: '1.0' });
    const json = JSON.stringify(p10);
    expect(json).not.toContain('"extensions"');
    expect(json).not.toContain('hasSkillLevel');
    expect(p10.CFDocument.caseVersion).toBeUndefined();
    expect(p10.CFDocument.frameworkType).toBeUndefined();
    expect(p10.CFDocument.uri).toContain('/ims/case/v1p0/CFDocuments/');
    expect(p10.CFItems).toHaveLength(items.length);
    expect(p10.CFAssociations?.length).toBe(assocs.filter((a) => a.associationType !== 'hasSkillLevel').length);
  });
});
