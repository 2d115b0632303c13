/**
 * A period's report as data: the figures computed from the records, the change against the previous
 * period, the human report (narrative) if one was written, and the neighbours for navigation. The site
 * pages and `/api/reports/*.json` render exactly this.
 *
 * Restricted documents: the caller passes only the documents its audience may see, and every figure is
 * computed from those alone. A public build therefore neither lists nor counts a restricted incident:
 * not by severity, not as an anonymous "비공개 1" (a count on a day's or week's page dates the incident
 * and moves MTTA/MTTR, which is what restricting it is meant to prevent). Aggregate security figures
 * reach the public through the monthly security report, whose numbers a person chose to publish.
 */
import { Temporal } from 'temporal-polyfill';
import { CADENCES, type CadenceId, type Policy } from '../../schemas/policy.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { AnyDocument, HandbookDocument } from '../handbook.ts';
import type { Period } from '../periods.ts';
import { executionAt } from '../as-of.ts';
import { periodIdOf } from '../metrics/period-ids.ts';
import { dayIn, instant, plainDate } from '../time.ts';
import { primaryScenario } from '../incident.ts';
import { closedByPeriod, openedCount, overdueCounts, type ActionItemFigures } from '../metrics/action-items.ts';
import { bucketDocuments, emptyBucket, type ReportOf } from '../metrics/buckets.ts';
import { causedIncidentsIndex, changeFigures, emergencyDocumentedLate, type ChangeFigures } from '../metrics/changes.ts';
import { dailyCheckFigures, type DailyCheckFigures } from '../metrics/daily-checks.ts';
import { findingFigures, findingsByPeriod, type FindingFigures } from '../metrics/findings.ts';
import {
  assessIncident,
  incidentFigures,
  type EscalationOutcome,
  type IncidentAssessment,
  type IncidentFigures,
  type SlaOutcome,
} from '../metrics/incidents.ts';
import { performanceFigures, weekPerformance, type PerformanceFigures, type WeekPerformance } from '../metrics/performance.ts';
import { routineFigures, routineOccurrencesByPeriod, type RoutineFigures } from '../metrics/routines.ts';
import { runbookFigures, runbookReviewWindows, type RunbookFigures } from '../metrics/runbooks.ts';
import { securityFigures, type SecurityFigures } from '../metrics/security.ts';
import { deltas, noComparison, numericLeaves, type Leaves } from './deltas.ts';
import { periodLabel, REPORT_TITLES } from '../labels.ts';
import { asOfDay, countedDays, isAdjacent, isRequiredPeriod, reportPeriods, type PeriodsWithRecords } from './periods.ts';
import type { WeeklyReport } from '../../schemas/report.ts';
import type { Change, Incident } from '../../schemas/index.ts';

/** How many weeks the weekly page's performance trend shows. */
const TREND_WEEKS = 8;

interface IncidentItem {
  id: string;
  title: string;
  severity: string;
  scenario: string | null;
  status: Incident['status'];
  detected: string;
  sla: SlaOutcome;
  escalation: EscalationOutcome;
}

interface ChangeItem {
  id: string;
  title: string;
  type: Change['type'];
  result: Change['result'] | null;
  /** Failed, rolled back or caused an incident. */
  failed: boolean;
  emergencyLate: boolean;
}

interface PeriodFigures {
  incidents: IncidentFigures & { items: IncidentItem[] };
  changes: ChangeFigures & { items: ChangeItem[] };
  actionItems: ActionItemFigures;
  routines: RoutineFigures;
  runbooks: RunbookFigures;
  daily: DailyCheckFigures;
  security: SecurityFigures | null;
  performance: PerformanceFigures | null;
  findings: FindingFigures;
}

export interface ReportModel {
  cadence: CadenceId;
  period: string;
  /** e.g. "주간 성능 보고서 · 2026년 48주차 (11월 23일–11월 29일)" */
  title: string;
  label: string;
  first: string;
  last: string;
  /** The day the point-in-time figures (overdue items, runbook freshness) are counted on. */
  asOf: string;
  inProgress: boolean;
  previous: string | null;
  next: string | null;
  /** Whether the policy asks for a human report of this period (its cadence is required, and the period is not history before start_date). */
  required: boolean;
  /** A period before the policy's start_date, shown because it holds records: no requirement applies to it. */
  history: boolean;
  /** The human report for this period, if written. */
  narrative: { id: string; file: string; title: string | null; author: string } | null;
  figures: PeriodFigures;
  /**
   * Dotted figure path → change against the previous period; null ("—") where the previous period had
   * no data for the figure, or is not the calendar period just before (a history period without records
   * has no page). Missing: unchanged, or nothing to compare (the first period).
   */
  deltas: Record<string, number | null>;
  /** Performance of recent weeks (weekly: the last weeks up to this one; month/quarter: its weeks). */
  trend: { week: string; performance: WeekPerformance | null }[];
}

export interface ReportInput {
  policy: Policy;
  /** The documents the audience may see (see the note on restricted documents above). */
  documents: readonly AnyDocument[];
  /** Check findings on those documents. */
  diagnostics: readonly Diagnostic[];
  now: Temporal.Instant;
}

function ofKind<K extends AnyDocument['kind']>(documents: readonly AnyDocument[], kind: K): HandbookDocument<K>[] {
  return documents.filter((d) => d.kind === kind) as HandbookDocument<K>[];
}

export function buildReportModels(input: ReportInput): Record<CadenceId, ReportModel[]> {
  const { policy, documents, diagnostics, now } = input;
  const today = dayIn(policy.timezone, now);
  const bucketsOf = bucketDocuments(documents, policy.timezone, CADENCES);
  const periods = reportPeriods(policy, today, periodsWithRecords(bucketsOf));
  const incidents = ofKind(documents, 'incident');
  const runbooks = ofKind(documents, 'runbook');
  const routines = ofKind(documents, 'routine');
  const caused = causedIncidentsIndex(incidents);
  const weeklyReports = new Map<string, ReportOf<WeeklyReport>>();
  for (const r of ofKind(documents, 'report')) if (r.location.cadence === 'weekly') weeklyReports.set(r.location.period!, r as ReportOf<WeeklyReport>);
  const weekly = periods.weekly;
  const weekIndex = new Map(weekly.map((p, i) => [p.id, i]));
  const trendOf = (weeks: readonly Period[]) =>
    weeks.map((w) => {
      const report = weeklyReports.get(w.id);
      return { week: w.id, performance: report ? weekPerformance(policy, report) : null };
    });

  const assessments = new Map<HandbookDocument<'incident'>, IncidentAssessment>();
  const assess = (doc: HandbookDocument<'incident'>) => {
    let a = assessments.get(doc);
    if (!a) assessments.set(doc, (a = assessIncident(policy, doc, now)));
    return a;
  };
  // Month and quarter of each week (the one holding its Thursday, as in the buckets).
  const weeksOf = new Map<string, Period[]>();
  for (const w of weekly) {
    for (const c of ['monthly', 'quarterly'] as const) {
      const key = `${c}|${periodIdOf(c, w.first.add({ days: 3 }))}`;
      weeksOf.set(key, [...(weeksOf.get(key) ?? []), w]);
    }
  }
  const freshness = runbookReviewWindows(policy, runbooks);
  const result = {} as Record<CadenceId, ReportModel[]>;
  for (const cadence of CADENCES) {
    const list = periods[cadence];
    const buckets = bucketsOf[cadence];
    const asOfDays = list.map((p) => asOfDay(p, today).toString());
    const overdue = overdueCounts(incidents, asOfDays);
    let previousLeaves: Leaves | undefined;
    const closed = closedByPeriod(incidents, cadence);
    const occurrences = routineOccurrencesByPeriod(policy, routines, today, cadence);
    const findings = findingsByPeriod(policy.timezone, diagnostics, documents, cadence);
    const start = plainDate(policy.start_date);
    const models: ReportModel[] = [];
    list.forEach((p, i) => {
      const bucket = buckets.get(p.id) ?? emptyBucket();
      const asOf = asOfDays[i]!;
      const figures: PeriodFigures = {
        incidents: {
          ...incidentFigures(policy, bucket.incidents, now, assess),
          items: [...bucket.incidents]
            .sort((a, b) => instant(a.data.timeline.detected).epochMilliseconds - instant(b.data.timeline.detected).epochMilliseconds)
            .map((d) => ({
              id: d.id,
              title: d.data.title,
              severity: d.data.severity,
              scenario: primaryScenario(d.data) ?? null,
              status: assess(d).status,
              detected: d.data.timeline.detected,
              sla: assess(d).sla,
              escalation: assess(d).escalation,
            })),
        },
        changes: {
          ...changeFigures(policy, bucket.changes, caused, now),
          items: sortBy(bucket.changes, (d) => d.id).map((d) => {
            const result = executionAt(d.data, now).result;
            return {
              id: d.id,
              title: d.data.title,
              type: d.data.type,
              result: result ?? null,
              failed: !!result && (result !== 'succeeded' || (caused.get(d.id)?.length ?? 0) > 0),
              emergencyLate: emergencyDocumentedLate(policy, d, now),
            };
          }),
        },
        actionItems: { opened: openedCount(bucket.incidents), closed: closed.get(p.id) ?? 0, overdue: overdue[i]! },
        routines: routineFigures(occurrences.get(p.id) ?? []),
        runbooks: runbookFigures(freshness, asOf),
        daily: dailyCheckFigures(bucket.reports.daily, countedDays(p, start, today)),
        security: cadence === 'monthly' || cadence === 'quarterly' ? securityFigures(bucket.reports.monthly) : null,
        performance: cadence === 'daily' ? null : performanceFigures(policy, bucket.reports.weekly),
        findings: findingFigures(findings.get(p.id) ?? []),
      };
      const leaves = numericLeaves(figures);
      const own = bucket.reports[cadence][0] as HandbookDocument<'report'> | undefined;
      const label = periodLabel(p);
      models.push({
        cadence,
        period: p.id,
        title: `${REPORT_TITLES[cadence]} · ${label}`,
        label,
        first: p.first.toString(),
        last: p.last.toString(),
        asOf,
        inProgress: Temporal.PlainDate.compare(p.last, today) >= 0,
        previous: list[i - 1]?.id ?? null,
        next: list[i + 1]?.id ?? null,
        required: policy.reports[cadence] && isRequiredPeriod(policy, p),
        history: !isRequiredPeriod(policy, p),
        narrative: own ? { id: own.id, file: own.file, title: own.data.title ?? null, author: own.data.author } : null,
        figures,
        deltas: !previousLeaves ? {} : isAdjacent(list[i - 1]!, p) ? deltas(leaves, previousLeaves) : noComparison(leaves),
        trend: trendFor(cadence, p, weekly, weekIndex, weeksOf, trendOf),
      });
      previousLeaves = leaves;
    });
    result[cadence] = models;
  }
  return result;
}

/**
 * The periods that hold a record of their own: an incident, change or routine record, or the narrative
 * of that cadence (a weekly narrative does not make a day's page, though it is counted on its Thursday).
 */
function periodsWithRecords(bucketsOf: Record<CadenceId, Map<string, ReturnType<typeof emptyBucket>>>): PeriodsWithRecords {
  const result: PeriodsWithRecords = {};
  for (const cadence of CADENCES) {
    result[cadence] = [...bucketsOf[cadence]]
      .filter(([, b]) => b.incidents.length + b.changes.length + b.routines.length + b.reports[cadence].length > 0)
      .map(([id]) => id);
  }
  return result;
}

function trendFor(
  cadence: CadenceId,
  p: Period,
  weekly: readonly Period[],
  weekIndex: ReadonlyMap<string, number>,
  weeksOf: ReadonlyMap<string, Period[]>,
  trendOf: (weeks: readonly Period[]) => ReportModel['trend'],
): ReportModel['trend'] {
  if (cadence === 'daily') return [];
  if (cadence === 'weekly') {
    const i = weekIndex.get(p.id) ?? 0;
    return trendOf(weekly.slice(Math.max(0, i - TREND_WEEKS + 1), i + 1));
  }
  return trendOf(weeksOf.get(`${cadence}|${p.id}`) ?? []);
}

function sortBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => key(a).localeCompare(key(b)));
}
