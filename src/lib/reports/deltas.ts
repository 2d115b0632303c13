/**
 * The change of every figure against the previous period, found generically: every numeric leaf of the
 * figures (lists of records are skipped) is compared by its dotted path, so a new figure gets its delta
 * without anyone remembering to add it here.
 */
type Tree = { [key: string]: unknown };

export function numericLeaves(value: unknown, prefix = '', out: Map<string, number> = new Map()): Map<string, number> {
  if (typeof value === 'number') out.set(prefix, value);
  else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value as Tree)) numericLeaves(child, prefix ? `${prefix}.${key}` : key, out);
  }
  return out;
}

/**
 * Between the numeric leaves of two periods' figures (see `numericLeaves`, computed once per period):
 * path → current − previous, for figures present (not null) in both periods and changed; rounded to one
 * decimal. A missing path means unchanged or not comparable (no previous period, or a figure was null).
 */
export function deltas(current: ReadonlyMap<string, number>, previous: ReadonlyMap<string, number>): Record<string, number> {
  const result: Record<string, number> = {};
  for (const [path, value] of current) {
    const old = previous.get(path);
    if (old === undefined) continue;
    const delta = Math.round((value - old) * 10) / 10;
    if (delta !== 0) result[path] = delta;
  }
  return result;
}
