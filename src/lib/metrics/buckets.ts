/**
 * Puts every record into the one period of a cadence it counts in, in a single pass. Computing each
 * period by filtering all documents would cost periods × documents (180 days × 10,000 documents); with
 * buckets each period only looks at its own records.
 */
import type { Temporal } from 'temporal-polyfill';
import type { CadenceId } from '../../schemas/policy.ts';
import type { DailyReport, MonthlyReport, QuarterlyReport, WeeklyReport } from '../../schemas/report.ts';
import type { AnyDocument, HandbookDocument } from '../handbook.ts';
import { periodIdOf } from './period-ids.ts';
import { documentDay } from './when.ts';

/** A report document with its data narrowed to its cadence. */
export type ReportOf<T> = HandbookDocument<'report'> & { data: T };
interface ReportsByCadence {
  daily: ReportOf<DailyReport>[];
  weekly: ReportOf<WeeklyReport>[];
  monthly: ReportOf<MonthlyReport>[];
  quarterly: ReportOf<QuarterlyReport>[];
}

export interface PeriodDocuments {
  incidents: HandbookDocument<'incident'>[];
  changes: HandbookDocument<'change'>[];
  routines: HandbookDocument<'routine'>[];
  reports: ReportsByCadence;
}

export function emptyBucket(): PeriodDocuments {
  return { incidents: [], changes: [], routines: [], reports: { daily: [], weekly: [], monthly: [], quarterly: [] } };
}

/**
 * The day a record is bucketed on. A weekly report counts in the month and quarter holding its
 * Thursday (the ISO rule that gives every week exactly one month), other reports on their first day.
 */
function bucketDay(timeZone: string, doc: AnyDocument): Temporal.PlainDate | undefined {
  const day = documentDay(timeZone, doc);
  if (day && doc.kind === 'report' && doc.location.cadence === 'weekly') return day.add({ days: 3 });
  return day;
}

/**
 * Period id → records, for each cadence asked for. Each document's day is worked out once (time-zone
 * conversion is the expensive part), then dropped into one bucket per cadence.
 */
export function bucketDocuments<C extends CadenceId>(
  documents: readonly AnyDocument[],
  timeZone: string,
  cadences: readonly C[],
): Record<C, Map<string, PeriodDocuments>> {
  const result = Object.fromEntries(cadences.map((c) => [c, new Map<string, PeriodDocuments>()])) as Record<C, Map<string, PeriodDocuments>>;
  for (const doc of documents) {
    const day = bucketDay(timeZone, doc);
    if (!day) continue;
    for (const cadence of cadences) {
      const buckets = result[cadence];
      const id = periodIdOf(cadence, day);
      let bucket = buckets.get(id);
      if (!bucket) buckets.set(id, (bucket = emptyBucket()));
      if (doc.kind === 'incident') bucket.incidents.push(doc);
      else if (doc.kind === 'change') bucket.changes.push(doc);
      else if (doc.kind === 'routine') bucket.routines.push(doc);
      else if (doc.kind === 'report' && doc.location.cadence) {
        (bucket.reports[doc.location.cadence] as HandbookDocument<'report'>[]).push(doc);
      }
    }
  }
  return result;
}
