/** Roles a user may hold (several at once). Keys are stable API values. */
export const ROLES = ['ADMIN', 'HR_OFFICER', 'SUPERVISOR', 'EMPLOYEE', 'TRAINER', 'ASSESSOR'] as const;
export type Role = (typeof ROLES)[number];

/**
 * How an endpoint limits what a caller sees, declared beside its roles.
 * - `none`: no per-record scope (public or admin-wide data such as reference lists).
 * - `unit`: HR officers see records in their assigned unit subtrees; ADMIN sees all.
 * - `employee`: a record about one employee: HR by unit subtree, supervisor by reports, employee himself.
 * - `self`: only the caller's own record.
 */
export const SCOPES = ['none', 'unit', 'employee', 'self'] as const;
export type Scope = (typeof SCOPES)[number];
