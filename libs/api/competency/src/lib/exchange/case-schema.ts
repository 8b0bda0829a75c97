import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/**
 * Our JSON Schema (draft 2020-12) for the CFPackage parts Kompeten reads and writes, written from
 * the CASE 1.1 information model (design §2.1). `strict` is what we promise on export: the CASE 1.1
 * identifier pattern (lowercase UUID, variant 8–b). `lenient` is what we accept on import: any UUID,
 * because real packages (OpenSALT's own fixtures among them) use ids like 0000…0001.
 */
export type SchemaMode = 'strict' | 'lenient';

const STRICT_ID = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$';
const LENIENT_ID = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/** Association types of CASE 1.1; anything else must be an `ext:` extension type. */
export const ASSOCIATION_TYPES = [
  'isChildOf', 'isPeerOf', 'isPartOf', 'exactMatchOf', 'precedes', 'isRelatedTo', 'replacedBy', 'exemplar', 'hasSkillLevel', 'isTranslationOf',
] as const;

const str = { type: 'string' };
const strArray = { type: 'array', items: str };
const int = { type: 'integer' };
const num = { type: 'number' };
const uri = { type: 'string', format: 'uri' };
const dateTime = { type: 'string', format: 'date-time' };
const date = { type: 'string', format: 'date' };
const extensions = { type: 'object' };

/** A closed object: the spec sets additionalProperties false on every class except extensions. */
const closed = (properties: Record<string, object>, required: string[]) => ({ type: 'object', properties, required, additionalProperties: false });

export function buildCaseSchema(mode: SchemaMode): Record<string, unknown> {
  const id = { type: 'string', pattern: mode === 'strict' ? STRICT_ID : LENIENT_ID };
  const link = { $ref: '#/$defs/LinkURI' };
  const genLink = { $ref: '#/$defs/LinkGenURI' };
  const extType = { type: 'string', pattern: '^ext:[a-zA-Z0-9.\\-_]+$' };
  // CASE 1.0 packages (e.g. from /ims/case/v1p0/CFPackages) also carry back-links to their package
  // and document; we accept them on import and never write them.
  const v10 = (name: string): Record<string, object> => (mode === 'lenient' ? { [name]: link } : {});
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://kompeten.go.id/schemas/case-1.1-cfpackage-${mode}.json`,
    title: `CASE 1.1 CFPackage as read and written by Kompeten (${mode})`,
    ...closed({
      CFDocument: { $ref: '#/$defs/CFDocument' },
      CFItems: { type: 'array', items: { $ref: '#/$defs/CFItem' } },
      CFAssociations: { type: 'array', items: { $ref: '#/$defs/CFAssociation' } },
      CFDefinitions: { $ref: '#/$defs/CFDefinitions' },
      CFRubrics: { type: 'array', items: { $ref: '#/$defs/CFRubric' } },
      extensions,
    }, ['CFDocument']),
    $defs: {
      LinkURI: closed({ title: str, identifier: id, uri }, ['title', 'identifier', 'uri']),
      // Association ends may point outside CASE, so their identifier is not constrained.
      LinkGenURI: closed({ title: str, identifier: str, uri, targetType: { anyOf: [{ const: 'CASE' }, extType] } }, ['title', 'identifier', 'uri']),
      CFDocument: closed({
        identifier: id, uri, frameworkType: str, caseVersion: { const: '1.1' }, creator: str, title: str, lastChangeDateTime: dateTime,
        officialSourceURL: uri, publisher: str, description: str, subject: strArray, subjectURI: { type: 'array', items: link },
        language: str, version: str, adoptionStatus: str, statusStartDate: date, statusEndDate: date, licenseURI: link, notes: str, extensions,
        ...v10('CFPackageURI'),
      }, ['identifier', 'uri', 'creator', 'title', 'lastChangeDateTime']),
      CFItem: closed({
        identifier: id, fullStatement: str, alternativeLabel: str, CFItemType: str, uri, humanCodingScheme: str, listEnumeration: str,
        abbreviatedStatement: str, conceptKeywords: strArray, conceptKeywordsURI: link, notes: str, subject: strArray,
        subjectURI: { type: 'array', items: link }, language: str, educationLevel: strArray, CFItemTypeURI: link, licenseURI: link,
        statusStartDate: date, statusEndDate: date, lastChangeDateTime: dateTime, extensions, ...v10('CFDocumentURI'),
      }, ['identifier', 'fullStatement', 'uri', 'lastChangeDateTime']),
      CFAssociation: closed({
        identifier: id, associationType: { anyOf: [{ enum: [...ASSOCIATION_TYPES] }, extType] }, sequenceNumber: int, uri,
        originNodeURI: genLink, destinationNodeURI: genLink, CFAssociationGroupingURI: link, lastChangeDateTime: dateTime, notes: str, extensions,
        ...v10('CFDocumentURI'),
      }, ['identifier', 'associationType', 'uri', 'originNodeURI', 'destinationNodeURI', 'lastChangeDateTime']),
      CFRubric: closed({
        identifier: id, uri, title: str, description: str, lastChangeDateTime: dateTime,
        CFRubricCriteria: { type: 'array', items: { $ref: '#/$defs/CFRubricCriterion' } }, extensions,
      }, ['identifier', 'uri', 'lastChangeDateTime']),
      CFRubricCriterion: closed({
        identifier: id, uri, category: str, description: str, CFItemURI: link, weight: num, position: int, rubricId: id, lastChangeDateTime: dateTime,
        CFRubricCriterionLevels: { type: 'array', items: { $ref: '#/$defs/CFRubricCriterionLevel' } }, extensions,
      }, ['identifier', 'uri', 'lastChangeDateTime']),
      // The 1.1 binding types this one class's extensions as an array of objects; accept either shape.
      CFRubricCriterionLevel: closed({
        identifier: id, uri, description: str, quality: str, score: num, feedback: str, position: int, rubricCriterionId: id,
        lastChangeDateTime: dateTime, extensions: { anyOf: [{ type: 'object' }, { type: 'array', items: { type: 'object' } }] },
      }, ['identifier', 'uri', 'lastChangeDateTime']),
      CFItemType: closed({
        identifier: id, uri, title: str, description: str, hierarchyCode: str, typeCode: str, lastChangeDateTime: dateTime, extensions,
      }, ['identifier', 'uri', 'title', 'description', 'hierarchyCode', 'lastChangeDateTime']),
      // Concepts, subjects, licences and groupings are carried by other tools; we neither read nor write them.
      CFDefinitions: closed({
        CFConcepts: { type: 'array', items: { type: 'object' } },
        CFSubjects: { type: 'array', items: { type: 'object' } },
        CFLicenses: { type: 'array', items: { type: 'object' } },
        CFItemTypes: { type: 'array', items: { $ref: '#/$defs/CFItemType' } },
        CFAssociationGroupings: { type: 'array', items: { type: 'object' } },
        extensions,
      }, []),
    },
  };
}

/** A schema failure as the API reports it: `field` is the JSON pointer into the uploaded package. */
export interface SchemaIssue {
  field: string;
  message: string;
}

const compiled = new Map<SchemaMode, ValidateFunction>();

function validator(mode: SchemaMode): ValidateFunction {
  let v = compiled.get(mode);
  if (!v) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    v = ajv.compile(buildCaseSchema(mode));
    compiled.set(mode, v);
  }
  return v;
}

/** Reports at most this many problems: enough to fix a file, not a megabyte of errors. */
export const MAX_SCHEMA_ISSUES = 100;

export function validateCasePackage(data: unknown, mode: SchemaMode): SchemaIssue[] {
  const v = validator(mode);
  if (v(data)) return [];
  return toIssues(v.errors ?? []).slice(0, MAX_SCHEMA_ISSUES);
}

function toIssues(errors: ErrorObject[]): SchemaIssue[] {
  // anyOf reports each failed branch as well; the anyOf error alone says what is wrong.
  const anyOfAt = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const seen = new Set<string>();
  const out: SchemaIssue[] = [];
  for (const e of errors) {
    if (e.keyword !== 'anyOf' && anyOfAt.has(e.instancePath) && e.schemaPath.includes('/anyOf/')) continue;
    const issue = describe(e);
    const key = `${issue.field}\u0000${issue.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(issue);
    }
  }
  return out;
}

const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

function describe(e: ErrorObject): SchemaIssue {
  const at = e.instancePath || '';
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { field: `${at}/${escapePointer(String(p['missingProperty']))}`, message: 'wajib ada' };
    case 'additionalProperties':
      return { field: `${at}/${escapePointer(String(p['additionalProperty']))}`, message: 'properti tidak dikenal dalam CASE' };
    case 'pattern':
      return { field: at || '/', message: /identifier|Id$/.test(at) ? 'harus berupa UUID' : 'format tidak valid' };
    case 'format':
      return { field: at || '/', message: `format ${String(p['format'])} tidak valid` };
    case 'type':
      return { field: at || '/', message: `harus bertipe ${String(p['type'])}` };
    case 'const':
    case 'enum':
    case 'anyOf':
      return { field: at || '/', message: 'nilai tidak diizinkan' };
    default:
      return { field: at || '/', message: e.message ?? 'tidak valid' };
  }
}
