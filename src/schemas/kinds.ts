/**
 * The document kinds: where each lives under `content/` and which schema validates it. The same table
 * drives the check, the Astro collections and the scaffolder, so a kind is declared once.
 */
import type { z } from 'astro/zod';
import { ChangeSchema } from './change.ts';
import { GuideSchema } from './guide.ts';
import { IncidentSchema } from './incident.ts';
import type { CadenceId } from './policy.ts';
import { DailyReportSchema, MonthlyReportSchema, QuarterlyReportSchema, WeeklyReportSchema } from './report.ts';
import { RoutineSchema } from './routine.ts';
import { RunbookSchema } from './runbook.ts';

export const KINDS = ['guide', 'runbook', 'incident', 'change', 'routine', 'report'] as const;
export type Kind = (typeof KINDS)[number];

/** The folder under `content/` that holds each kind. */
export const KIND_FOLDERS: Record<Kind, string> = {
  guide: 'guide',
  runbook: 'runbooks',
  incident: 'incidents',
  change: 'changes',
  routine: 'routines',
  report: 'reports',
};

export const REPORT_SCHEMAS: Record<CadenceId, z.ZodType> = {
  daily: DailyReportSchema,
  weekly: WeeklyReportSchema,
  monthly: MonthlyReportSchema,
  quarterly: QuarterlyReportSchema,
};

export const KIND_SCHEMAS: Record<Exclude<Kind, 'report'>, z.ZodType> = {
  guide: GuideSchema,
  runbook: RunbookSchema,
  incident: IncidentSchema,
  change: ChangeSchema,
  routine: RoutineSchema,
};
