import { createHash } from 'node:crypto';

/** Kompeten's namespace for derived CASE identifiers (fixed forever: changing it changes every export). */
export const KOMPETEN_NAMESPACE = '6a0f3c1e-2b4d-5e8f-9a1b-3c5d7e9f0b2d';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * RFC 9562 name-based UUID (version 5, SHA-1) of `name` within `namespace`. Rows without a stored
 * identifier of their own (indicators, associations, rubrics, item types) get one derived from their
 * owner's identifier, so exporting the same data twice yields the same package. The variant bits make
 * the result satisfy the strict CASE 1.1 pattern.
 */
export function nameUuid(namespace: string, name: string): string {
  if (!UUID.test(namespace)) throw new Error(`namespace is not a UUID: ${namespace}`);
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const h = hash.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
