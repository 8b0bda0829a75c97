import type { CFAssociation, CFPackage, LinkGenUri } from './case-types';
import type { ExchangeIssue } from './import-model';

/** One `X isChildOf Y` edge: origin = child, destination = parent (CASE 1.1 §2.2). */
export interface ChildEdge {
  child: string;
  parent: string;
  /** sequenceNumber; missing sorts last. */
  seq: number;
  /** Position of the association in the package (JSON pointer and tie-break). */
  index: number;
}

export interface ChildGraph {
  documentId: string;
  /** Every parent of an item, primary (lowest sequenceNumber) first. */
  parents: Map<string, ChildEdge[]>;
  /** Children by primary parent only, in sibling order: the tree we import. */
  children: Map<string, ChildEdge[]>;
  /** Items whose primary parent is the CFDocument, in order. */
  roots: ChildEdge[];
  /** Items with no parent inside the package (neither an item nor the document). */
  orphans: string[];
}

const bySequence = (a: ChildEdge, b: ChildEdge) => a.seq - b.seq || a.index - b.index;

/**
 * Resolves an association end to an identifier in the package: by identifier (case-insensitive,
 * PostgreSQL stores UUIDs lowercase), else by uri. Null = outside the package.
 */
export function endpointResolver(pkg: CFPackage): (link: LinkGenUri) => string | null {
  const docId = pkg.CFDocument.identifier.toLowerCase();
  const ids = new Set((pkg.CFItems ?? []).map((i) => i.identifier.toLowerCase()));
  const byUri = new Map<string, string>((pkg.CFItems ?? []).map((i) => [i.uri, i.identifier.toLowerCase()]));
  byUri.set(pkg.CFDocument.uri, docId);
  return (link) => {
    const id = link.identifier.toLowerCase();
    if (id === docId || ids.has(id)) return id;
    return byUri.get(link.uri) ?? null;
  };
}

/**
 * Builds the isChildOf tree (design §9.2 step 3). Multi-parent items are legal in CASE; the first
 * parent by sequenceNumber is the one we keep, the others are reported. Edges whose child is not in
 * the package cannot be imported and are reported too.
 */
export function buildChildGraph(pkg: CFPackage): { graph: ChildGraph; warnings: ExchangeIssue[] } {
  const docId = pkg.CFDocument.identifier.toLowerCase();
  const resolve = endpointResolver(pkg);
  const warnings: ExchangeIssue[] = [];
  const parents = new Map<string, ChildEdge[]>();
  (pkg.CFAssociations ?? []).forEach((a: CFAssociation, index) => {
    if (a.associationType !== 'isChildOf') return;
    const child = resolve(a.originNodeURI);
    const parent = resolve(a.destinationNodeURI);
    if (!child || child === docId) {
      warnings.push({ field: `/CFAssociations/${index}/originNodeURI`, message: `butir ${a.originNodeURI.identifier} tidak ada di paket; asosiasi diabaikan` });
      return;
    }
    if (!parent) {
      warnings.push({ field: `/CFAssociations/${index}/destinationNodeURI`, message: `induk ${a.destinationNodeURI.identifier} berada di luar paket; asosiasi diabaikan` });
      return;
    }
    const edge = { child, parent, seq: a.sequenceNumber ?? Number.MAX_SAFE_INTEGER, index };
    parents.set(child, [...(parents.get(child) ?? []), edge]);
  });
  const children = new Map<string, ChildEdge[]>();
  const roots: ChildEdge[] = [];
  for (const [child, edges] of parents) {
    edges.sort(bySequence);
    const primary = edges[0];
    if (edges.length > 1) {
      warnings.push({
        field: `/CFAssociations/${edges[1].index}`,
        message: `butir ${child} punya ${edges.length} induk; hanya induk pertama (${primary.parent}) yang dipakai`,
      });
    }
    if (primary.parent === docId) roots.push(primary);
    else children.set(primary.parent, [...(children.get(primary.parent) ?? []), primary]);
  }
  for (const list of children.values()) list.sort(bySequence);
  roots.sort(bySequence);
  const orphans = (pkg.CFItems ?? []).map((i) => i.identifier.toLowerCase()).filter((id) => !parents.has(id));
  return { graph: { documentId: docId, parents, children, roots, orphans }, warnings };
}

/**
 * Every cycle in the isChildOf relation over all parents (not only primary ones: a cycle through a
 * second parent is still a cycle). Each cycle lists its identifiers, closing back on the first one.
 */
export function findCycles(graph: ChildGraph, limit = 20): string[][] {
  const WHITE = 0, GREY = 1, BLACK = 2;
  const colour = new Map<string, number>();
  const cycles: string[][] = [];
  const up = (id: string) => (graph.parents.get(id) ?? []).map((e) => e.parent);
  for (const start of graph.parents.keys()) {
    if ((colour.get(start) ?? WHITE) !== WHITE) continue;
    // Iterative DFS: deep hierarchies must not overflow the call stack.
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
    colour.set(start, GREY);
    while (stack.length && cycles.length < limit) {
      const top = stack[stack.length - 1];
      const ups = up(top.id);
      if (top.next >= ups.length) {
        colour.set(top.id, BLACK);
        stack.pop();
        continue;
      }
      const p = ups[top.next++];
      const c = colour.get(p) ?? WHITE;
      if (c === GREY) {
        const from = stack.findIndex((f) => f.id === p);
        cycles.push([...stack.slice(from).map((f) => f.id), p]);
      } else if (c === WHITE) {
        colour.set(p, GREY);
        stack.push({ id: p, next: 0 });
      }
    }
    if (cycles.length >= limit) break;
  }
  return cycles;
}

/** All items in tree order (depth-first from the document, siblings by sequenceNumber), then orphans. */
export function treeOrder(graph: ChildGraph): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (id: string) => {
    const stack = [id];
    while (stack.length) {
      const cur = stack.pop() as string;
      if (seen.has(cur)) continue;
      seen.add(cur);
      out.push(cur);
      const kids = graph.children.get(cur) ?? [];
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i].child);
    }
  };
  for (const r of graph.roots) visit(r.child);
  for (const o of graph.orphans) visit(o);
  return out;
}

/** The primary parent of an item, or null at the top (document) or for an orphan. */
export function primaryParent(graph: ChildGraph, id: string): ChildEdge | null {
  const e = graph.parents.get(id)?.[0];
  return e && e.parent !== graph.documentId ? e : null;
}
