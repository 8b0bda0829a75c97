/** `'A', 'B'` for CHECK constraints built from the contract's enum arrays (one source of truth). */
export const sqlList = (values: readonly string[]) => values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
