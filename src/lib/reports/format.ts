/** How report figures read on the page (Korean units; "–" where there is nothing to measure). */

const NONE = '–';

/** 3 → "3분", 511 → "8시간 31분", 2273 → "1일 13시간 53분". */
export function formatMinutes(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined) return NONE;
  const total = Math.round(minutes);
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const mins = total % 60;
  const parts = [days ? `${days}일` : '', hours ? `${hours}시간` : '', mins || total === 0 ? `${mins}분` : ''].filter(Boolean);
  return parts.join(' ');
}

export function formatPct(value: number | null | undefined): string {
  return value === null || value === undefined ? NONE : `${value}%`;
}

export function formatNumber(value: number | null | undefined, unit = ''): string {
  return value === null || value === undefined ? NONE : `${value.toLocaleString('ko-KR')}${unit}`;
}

/** The mark of a delta against a period with no data for the figure. */
const NO_DELTA = '—';

/** "+2", "−1.5", "—" against a period with no data (null), or "" when unchanged. */
export function formatDelta(delta: number | null | undefined): string {
  if (delta === null) return NO_DELTA;
  if (delta === undefined || delta === 0) return '';
  return delta > 0 ? `+${delta}` : `−${Math.abs(delta)}`;
}
