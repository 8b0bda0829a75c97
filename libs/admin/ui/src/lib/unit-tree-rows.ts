import type { UnitTreeNode } from '@kompeten/shared/contract';

export interface UnitRow {
  node: UnitTreeNode;
  level: number;
  hasChildren: boolean;
  expanded: boolean;
  /** Active employees in this unit and everything below it. */
  subtreeCount: number;
}

export interface UnitOption {
  id: string;
  name: string;
  code: string;
  level: number;
}

/** Visible rows of the tree, depth first, given which nodes are expanded. */
export function visibleUnitRows(roots: UnitTreeNode[], expanded: ReadonlySet<string>): UnitRow[] {
  const rows: UnitRow[] = [];
  const counts = subtreeCounts(roots);
  const walk = (nodes: UnitTreeNode[], level: number) => {
    for (const node of nodes) {
      const open = expanded.has(node.id);
      rows.push({ node, level, hasChildren: node.children.length > 0, expanded: open, subtreeCount: counts.get(node.id) ?? 0 });
      if (open) walk(node.children, level + 1);
    }
  };
  walk(roots, 0);
  return rows;
}

export function subtreeCounts(roots: UnitTreeNode[]): Map<string, number> {
  const out = new Map<string, number>();
  const sum = (n: UnitTreeNode): number => {
    const total = n.employeeCount + n.children.reduce((acc, c) => acc + sum(c), 0);
    out.set(n.id, total);
    return total;
  };
  roots.forEach(sum);
  return out;
}

/** Every unit as a flat, indented option list for selects. */
export function unitOptions(roots: UnitTreeNode[]): UnitOption[] {
  const out: UnitOption[] = [];
  const walk = (nodes: UnitTreeNode[], level: number) => {
    for (const n of nodes) {
      out.push({ id: n.id, name: n.name, code: n.code, level });
      walk(n.children, level + 1);
    }
  };
  walk(roots, 0);
  return out;
}

/** Ids of a node and all its descendants (a unit cannot move under itself). */
export function subtreeIds(node: UnitTreeNode): Set<string> {
  const ids = new Set<string>();
  const walk = (n: UnitTreeNode) => {
    ids.add(n.id);
    n.children.forEach(walk);
  };
  walk(node);
  return ids;
}

export function findUnit(roots: UnitTreeNode[], id: string): UnitTreeNode | null {
  for (const n of roots) {
    if (n.id === id) return n;
    const hit = findUnit(n.children, id);
    if (hit) return hit;
  }
  return null;
}
