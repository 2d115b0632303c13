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

/** `part / whole` as a percentage with one decimal, or null when `whole` is 0. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : round1((part / whole) * 100);
}
