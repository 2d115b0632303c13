/** A page of the operations guide (`content/guide/*.mdx`). */
import { z } from 'astro/zod';
import { BaseFields } from './common.ts';

export const GuideSchema = z.strictObject({
  /** Page title. */
  title: z.string().min(1),
  /** Position in the guide's table of contents. */
  order: z.number().int(),
  /** The guide section (top-level heading of the original guide) this page belongs to. */
  section: z.string().min(1),
  /** One-line description for lists and search results. */
  summary: z.string().optional(),
  ...BaseFields,
});
export type Guide = z.output<typeof GuideSchema>;
