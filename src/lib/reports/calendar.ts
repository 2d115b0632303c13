/**
 * The reports index as a calendar: which periods have a human narrative, which needed one and have
 * none, which are in progress. Days are laid out as month grids (Monday first), other cadences as rows
 * per year.
 */
import { Temporal } from 'temporal-polyfill';
import { CELL_STATE_LABELS } from '../labels.ts';
import type { ReportModel } from './model.ts';

export type CellState = 'narrative' | 'missing' | 'in-progress' | 'none';

interface CalendarCell {
  period: string;
  /** Short text inside the cell: day of month, week number, month, quarter. */
  text: string;
  state: CellState;
  title: string;
}

export function cellState(m: Pick<ReportModel, 'narrative' | 'required' | 'inProgress'>): CellState {
  if (m.narrative) return 'narrative';
  if (m.inProgress) return 'in-progress';
  return m.required ? 'missing' : 'none';
}

function cell(m: ReportModel, text: string): CalendarCell {
  const state = cellState(m);
  return { period: m.period, text, state, title: `${m.label}: ${CELL_STATE_LABELS[state]}` };
}

export interface MonthGrid {
  month: string;
  label: string;
  /** Rows of 7 (Mon–Sun); null where the day is outside the month or before the start date. */
  weeks: (CalendarCell | null)[][];
}

export function dailyCalendar(models: readonly ReportModel[]): MonthGrid[] {
  const byMonth = new Map<string, ReportModel[]>();
  for (const m of models) {
    const month = m.period.slice(0, 7);
    byMonth.set(month, [...(byMonth.get(month) ?? []), m]);
  }
  return [...byMonth].map(([month, days]) => {
    const first = Temporal.PlainDate.from(`${month}-01`);
    const byDay = new Map(days.map((m) => [Number(m.period.slice(8)), m]));
    const cells: (CalendarCell | null)[] = Array.from({ length: first.dayOfWeek - 1 }, () => null);
    for (let day = 1; day <= first.daysInMonth; day++) {
      const m = byDay.get(day);
      cells.push(m ? cell(m, String(day)) : null);
    }
    while (cells.length % 7) cells.push(null);
    const weeks: (CalendarCell | null)[][] = [];
    for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
    return { month, label: `${first.year}년 ${first.month}월`, weeks };
  });
}

export interface YearRow {
  year: string;
  cells: CalendarCell[];
}

/** Weekly, monthly and quarterly periods as one row per year. */
export function periodRows(models: readonly ReportModel[]): YearRow[] {
  const rows = new Map<string, CalendarCell[]>();
  for (const m of models) {
    const year = m.period.slice(0, 4);
    const text = m.cadence === 'weekly' ? m.period.slice(5) : m.cadence === 'monthly' ? `${Number(m.period.slice(5))}월` : m.period.slice(5);
    rows.set(year, [...(rows.get(year) ?? []), cell(m, text)]);
  }
  return [...rows].map(([year, cells]) => ({ year, cells }));
}
