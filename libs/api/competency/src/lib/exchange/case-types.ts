/**
 * The parts of a 1EdTech CASE 1.0/1.1 CFPackage that Kompeten reads and writes
 * (design/competency-model.md §2, §9). Field names are the spec's, so JSON maps 1:1.
 */

export type Extensions = Record<string, unknown>;

/** Link to a CASE object (CFItemTypeURI, CFItemURI, licenseURI …). */
export interface LinkUri {
  title: string;
  identifier: string;
  uri: string;
}

/** Association end: may point outside CASE (1.1 `targetType`), so its identifier is free text. */
export interface LinkGenUri extends LinkUri {
  targetType?: string;
}

export interface CFDocument {
  identifier: string;
  uri: string;
  creator: string;
  title: string;
  lastChangeDateTime: string;
  frameworkType?: string;
  caseVersion?: '1.1';
  officialSourceURL?: string;
  publisher?: string;
  description?: string;
  subject?: string[];
  subjectURI?: LinkUri[];
  language?: string;
  version?: string;
  adoptionStatus?: string;
  statusStartDate?: string;
  statusEndDate?: string;
  licenseURI?: LinkUri;
  notes?: string;
  extensions?: Extensions;
}

export interface CFItem {
  identifier: string;
  fullStatement: string;
  uri: string;
  lastChangeDateTime: string;
  alternativeLabel?: string;
  CFItemType?: string;
  humanCodingScheme?: string;
  listEnumeration?: string;
  abbreviatedStatement?: string;
  conceptKeywords?: string[];
  conceptKeywordsURI?: LinkUri;
  notes?: string;
  subject?: string[];
  subjectURI?: LinkUri[];
  language?: string;
  educationLevel?: string[];
  CFItemTypeURI?: LinkUri;
  licenseURI?: LinkUri;
  statusStartDate?: string;
  statusEndDate?: string;
  extensions?: Extensions;
}

export interface CFAssociation {
  identifier: string;
  associationType: string;
  uri: string;
  originNodeURI: LinkGenUri;
  destinationNodeURI: LinkGenUri;
  lastChangeDateTime: string;
  sequenceNumber?: number;
  CFAssociationGroupingURI?: LinkUri;
  notes?: string;
  extensions?: Extensions;
}

export interface CFRubricCriterionLevel {
  identifier: string;
  uri: string;
  lastChangeDateTime: string;
  description?: string;
  quality?: string;
  score?: number;
  feedback?: string;
  position?: number;
  rubricCriterionId?: string;
}

export interface CFRubricCriterion {
  identifier: string;
  uri: string;
  lastChangeDateTime: string;
  category?: string;
  description?: string;
  CFItemURI?: LinkUri;
  weight?: number;
  position?: number;
  rubricId?: string;
  CFRubricCriterionLevels?: CFRubricCriterionLevel[];
  extensions?: Extensions;
}

export interface CFRubric {
  identifier: string;
  uri: string;
  lastChangeDateTime: string;
  title?: string;
  description?: string;
  CFRubricCriteria?: CFRubricCriterion[];
  extensions?: Extensions;
}

export interface CFItemTypeDef {
  identifier: string;
  uri: string;
  title: string;
  description: string;
  hierarchyCode: string;
  lastChangeDateTime: string;
  typeCode?: string;
  extensions?: Extensions;
}

export interface CFDefinitions {
  CFConcepts?: unknown[];
  CFSubjects?: unknown[];
  CFLicenses?: unknown[];
  CFItemTypes?: CFItemTypeDef[];
  CFAssociationGroupings?: unknown[];
  extensions?: Extensions;
}

export interface CFPackage {
  CFDocument: CFDocument;
  CFItems?: CFItem[];
  CFAssociations?: CFAssociation[];
  CFDefinitions?: CFDefinitions;
  CFRubrics?: CFRubric[];
  extensions?: Extensions;
}

/** Our own fields travel under this key in every `extensions` object (CASE 1.1 only). */
export const EXTENSION_KEY = 'kompeten';

/** The CFItemType labels Kompeten writes; import also recognises common synonyms (case-classify.ts). */
export const ITEM_TYPE = {
  cluster: 'Competency Cluster',
  competency: 'Competency',
  level: 'Proficiency Level',
  indicator: 'Behavioral Indicator',
} as const;
export type ItemKind = keyof typeof ITEM_TYPE;
