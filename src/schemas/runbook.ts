/** A runbook (`content/runbooks/<id>.mdx`): how to recognise, diagnose and fix one kind of failure. */
import { z } from 'astro/zod';
import { BaseFields, IsoDuration, PersonRef, PlainDate, RunbookRef, ScenarioRef, ServiceRef } from './common.ts';

export const RunbookSchema = z.strictObject({
  title: z.string().min(1).meta({ description: "Page title." }),
  summary: z.string().min(1).meta({ description: "One or two sentences: when to open this runbook." }),
  services: z.array(ServiceRef).min(1).meta({ description: "Services this runbook applies to." }),
  scenarios: z.array(ScenarioRef).default([]).meta({ description: "Failure scenario ids from policy that this runbook covers." }),
  owner: PersonRef.meta({ description: "Person responsible for keeping it correct." }),
  last_reviewed: PlainDate.meta({ description: "Day of the last review." }),
  review_interval: IsoDuration.optional().meta({ description: "Overrides the policy's review interval for this runbook." }),
  related: z.array(RunbookRef).default([]).meta({ description: "Related runbook ids." }),
  ...BaseFields,
});
export type Runbook = z.output<typeof RunbookSchema>;

/** Body sections a runbook must have, by heading (Korean first, English accepted). */
export const RUNBOOK_SECTIONS = [
  { id: 'symptoms', headings: ['증상', 'symptoms'] },
  { id: 'diagnosis', headings: ['진단', 'diagnosis'] },
  { id: 'mitigation', headings: ['조치', '완화', 'mitigation'] },
  { id: 'verification', headings: ['확인', '검증', 'verification'] },
  { id: 'rollback', headings: ['롤백', 'rollback'] },
] as const;
