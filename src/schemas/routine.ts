/**
 * A record that a recurring procedure was done (`content/routines/<routine>/<YYYY-MM-DD>[-n].mdx`).
 * The routine is the folder name (a routine id from policy), so it is written once.
 */
import { z } from 'astro/zod';
import { BaseFields, ChangeOrIncidentRef, PersonRef, RunbookRef, Timestamp } from './common.ts';

export const RoutineSchema = z.strictObject({
  title: z.string().optional().meta({ description: "Optional title; defaults to the routine's name and date." }),
  performed_at: Timestamp.meta({ description: "When it was done." }),
  performer: PersonRef.meta({ description: "Who did it." }),
  outcome: z.enum(['pass', 'fail']).meta({ description: "pass or fail." }),
  evidence: z.array(z.string()).default([]).meta({ description: "Evidence: links, job ids, ticket numbers." }),
  findings: z.string().optional().meta({ description: "What was found, in one or two lines." }),
  follow_up: z.array(ChangeOrIncidentRef).default([]).meta({ description: "Change or incident ids that follow up a failure." }),
  runbooks: z.array(RunbookRef).default([]).meta({ description: "Runbook ids exercised (a failover drill exercises its runbook)." }),
  ...BaseFields,
});
export type Routine = z.output<typeof RoutineSchema>;
