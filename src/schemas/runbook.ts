/** A runbook (`content/runbooks/<id>.mdx`): how to recognise, diagnose and fix one kind of failure. */
import { z } from 'astro/zod';
import { BaseFields, IsoDuration, PersonRef, PlainDate, ServiceRef, Slug } from './common.ts';

export const RunbookSchema = z.strictObject({
  /** Page title. */
  title: z.string().min(1),
  /** One or two sentences: when to open this runbook. */
  summary: z.string().min(1),
  /** Services this runbook applies to. */
  services: z.array(ServiceRef).min(1),
  /** Failure scenario ids from policy that this runbook covers. */
  scenarios: z.array(Slug).default([]),
  /** Person responsible for keeping it correct. */
  owner: PersonRef,
  /** Day of the last review. */
  last_reviewed: PlainDate,
  /** Overrides the policy's review interval for this runbook. */
  review_interval: IsoDuration.optional(),
  /** Related runbook ids. */
  related: z.array(Slug).default([]),
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
