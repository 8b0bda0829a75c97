/** Icon and link for each known counter; unknown keys still render, with a neutral icon. */
export const COUNTER_META: Partial<Record<string, { icon: string; link?: string }>> = {
  employees: { icon: 'people', link: '/employees' },
  units: { icon: 'tree', link: '/org/units' },
  positions: { icon: 'work', link: '/org/positions' },
  users: { icon: 'key', link: '/admin/users' },
  usersLocked: { icon: 'lock', link: '/admin/users' },
  auditToday: { icon: 'history', link: '/admin/audit' },
  teamMembers: { icon: 'people', link: '/employees' },
  teamTotal: { icon: 'tree', link: '/employees' },
  importsRunning: { icon: 'upload', link: '/employees/import' },
  mustChangePassword: { icon: 'lock', link: '/admin/users' },
};

/** "employeesWithoutPosition" → "Employees without position" when no translation exists. */
export function humanizeKey(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The translation, or a readable form of the key when the translation file lacks it. */
export function labelOr(translated: string, fullKey: string, key: string): string {
  return translated && translated !== fullKey ? translated : humanizeKey(key);
}
