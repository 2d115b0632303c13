/** Small number helpers shared by the metrics: rounding is done once here so JSON and pages agree. */

/** Rounds to one decimal place (figures are shown with at most one). */
function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Mean rounded to one decimal, or null when there is nothing to average (shown as "–", not 0). */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return round1(values.reduce((a, b) => a + b, 0) / values.length);
}

/**
 * Median rounded to one decimal (the mean of the two middle values for an even count), or null when
 * there is nothing to take it of. Shown beside the mean: one multi-day outage moves the mean of a
 * quarter's restore times by hours while the typical incident did not change.
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return round1(sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2);
}

/** `part / whole` as a percentage with one decimal, or null when `whole` is 0. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : round1((part / whole) * 100);
}
