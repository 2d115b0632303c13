/**
 * The change of every figure against the previous period, found generically: every numeric leaf of the
 * figures (lists of records are skipped) is compared by its dotted path, so a new figure gets its delta
 * without anyone remembering to add it here.
 */
type Tree = { [key: string]: unknown };

/** Dotted path → value; null where a figure had nothing to measure (e.g. no resolved incident, so no MTTR). */
export type Leaves = Map<string, number | null>;

export function numericLeaves(value: unknown, prefix = '', out: Leaves = new Map()): Leaves {
  if (typeof value === 'number' || (value === null && prefix)) out.set(prefix, value);
  else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value as Tree)) numericLeaves(child, prefix ? `${prefix}.${key}` : key, out);
  }
  return out;
}

/**
 * Between the numeric leaves of two periods' figures (see `numericLeaves`, computed once per period):
 * path → current − previous, rounded to one decimal, for figures that changed; `null` where this period
 * has a value and the previous one had no data for it (shown "—": there is nothing to compare with,
 * which is not the same as "unchanged"). A missing path means unchanged, or this period has no value.
 */
export function deltas(current: ReadonlyMap<string, number | null>, previous: ReadonlyMap<string, number | null>): Record<string, number | null> {
  const result: Record<string, number | null> = {};
  for (const [path, value] of current) {
    if (value === null) continue;
    const old = previous.get(path);
    if (old === undefined) continue;
    if (old === null) {
      result[path] = null;
      continue;
    }
    const delta = Math.round((value - old) * 10) / 10;
    if (delta !== 0) result[path] = delta;
  }
  return result;
}

/** Every figure of a period compared with a period that has no data at all: all "—". */
export function noComparison(current: ReadonlyMap<string, number | null>): Record<string, null> {
  const result: Record<string, null> = {};
  for (const [path, value] of current) if (value !== null) result[path] = null;
  return result;
}
