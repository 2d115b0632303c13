/**
 * A record that a recurring procedure was done (`content/routines/<routine>/<YYYY-MM-DD>[-n].mdx`).
 * The routine is the folder name (a routine id from policy), so it is written once.
 */
import { z } from 'astro/zod';
import { BaseFields, PersonRef, Slug, Timestamp } from './common.ts';

export const RoutineSchema = z.strictObject({
  /** Optional title; defaults to the routine's name and date. */
  title: z.string().optional(),
  /** When it was done. */
  performed_at: Timestamp,
  /** Who did it. */
  performer: PersonRef,
  /** pass or fail. */
  outcome: z.enum(['pass', 'fail']),
  /** Evidence: links, job ids, ticket numbers. */
  evidence: z.array(z.string()).default([]),
  /** What was found, in one or two lines. */
  findings: z.string().optional(),
  /** Change or incident ids that follow up a failure. */
  follow_up: z.array(Slug).default([]),
  /** Runbook ids exercised (a failover drill exercises its runbook). */
  runbooks: z.array(Slug).default([]),
  ...BaseFields,
});
export type Routine = z.output<typeof RoutineSchema>;
