import { createHash } from 'node:crypto';
import type { CFAssociation, CFItem, CFPackage } from '../case-types';

/** Small hand-made CFPackages for unit specs: ids are short names turned into valid UUIDs. */
export const DOC = uuid('doc');

export function uuid(name: string): string {
  const hex = createHash('md5').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const T = '2026-01-01T00:00:00Z';
const link = (id: string) => ({ title: id, identifier: id, uri: `https://example.org/${id}` });

export function item(name: string, extra: Partial<CFItem> = {}): CFItem {
  const id = uuid(name);
  return { identifier: id, uri: `https://example.org/${id}`, fullStatement: `Uraian ${name}`, lastChangeDateTime: T, ...extra };
}

export function assoc(type: string, origin: string, destination: string, sequenceNumber?: number): CFAssociation {
  const o = origin === 'doc' ? DOC : uuid(origin);
  const d = destination === 'doc' ? DOC : uuid(destination);
  return {
    identifier: uuid(`${type}:${origin}:${destination}`), associationType: type, uri: `https://example.org/a/${o}/${d}`,
    originNodeURI: link(o), destinationNodeURI: link(d), lastChangeDateTime: T, ...(sequenceNumber !== undefined ? { sequenceNumber } : {}),
  };
}

export function pkg(items: CFItem[], associations: CFAssociation[], extra: Partial<CFPackage> = {}): CFPackage {
  return {
    CFDocument: { identifier: DOC, uri: `https://example.org/${DOC}`, creator: 'Uji', title: 'Kamus uji', lastChangeDateTime: T },
    CFItems: items,
    CFAssociations: associations,
    ...extra,
  };
}
