import type { Policy } from '../schemas/policy';

/** A category column of a register: the policy's category tree, parents before their children. */
export interface CategoryColumn {
  id: string;
  name: string;
  depth: number;
}

/**
 * The policy's categories in tree order (roots in document order, each followed
 * by its sub-categories). Registers take their columns from here, so one export
 * serves every county's policy.
 */
export function policyColumns(policy: Pick<Policy, 'categories'>): CategoryColumn[] {
  const out: CategoryColumn[] = [];
  const visit = (parent: string | undefined, depth: number) => {
    for (const c of policy.categories) {
      if (c.parent !== parent) continue;
      out.push({ id: c.id, name: c.name, depth });
      visit(c.id, depth + 1);
    }
  };
  visit(undefined, 0);
  return out;
}

/** Column header of a category: sub-categories name their parent (专业·集中) so columns never read alike. */
export function columnHeader(column: CategoryColumn, columns: readonly CategoryColumn[], policy: Pick<Policy, 'categories'>): string {
  if (column.depth === 0) return column.name;
  const parentId = policy.categories.find((c) => c.id === column.id)?.parent;
  const parent = columns.find((c) => c.id === parentId);
  return parent ? `${parent.name}·${column.name}` : column.name;
}
