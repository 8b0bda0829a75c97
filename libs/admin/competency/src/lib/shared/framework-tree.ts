import type { Competency, CompetencyGroup } from '@kompeten/shared/contract';

export interface GroupNode {
  group: CompetencyGroup;
  children: GroupNode[];
  competencies: Competency[];
}

/** Groups nested by parent, each with its competencies, both in sort order. */
export function frameworkTree(groups: readonly CompetencyGroup[], competencies: readonly Competency[]): GroupNode[] {
  const byOrder = <T extends { sortOrder: number; code: string }>(a: T, b: T) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code);
  const nodes = new Map<string, GroupNode>(groups.map((g) => [g.id, { group: g, children: [], competencies: [] }]));
  const roots: GroupNode[] = [];
  for (const g of [...groups].sort(byOrder)) {
    const node = nodes.get(g.id) as GroupNode;
    const parent = g.parentId ? nodes.get(g.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  for (const c of [...competencies].sort(byOrder)) nodes.get(c.groupId)?.competencies.push(c);
  return roots;
}

/** Groups flattened with their depth, for a parent select. */
export function groupOptions(roots: readonly GroupNode[]): { id: string; name: string; code: string; level: number }[] {
  const out: { id: string; name: string; code: string; level: number }[] = [];
  const walk = (ns: readonly GroupNode[], level: number) =>
    ns.forEach((n) => {
      out.push({ id: n.group.id, name: n.group.name, code: n.group.code, level });
      walk(n.children, level + 1);
    });
  walk(roots, 0);
  return out;
}
