/** A page of the operations guide (`content/guide/*.mdx`). */
import { z } from 'astro/zod';
import { BaseFields } from './common.ts';

export const GuideSchema = z.strictObject({
  title: z.string().min(1).meta({ description: "Page title." }),
  order: z.number().int().meta({ description: "Position in the guide's table of contents." }),
  section: z.string().min(1).meta({ description: "The guide section (top-level heading of the original guide) this page belongs to." }),
  summary: z.string().optional().meta({ description: "One-line description for lists and search results." }),
  ...BaseFields,
});
export type Guide = z.output<typeof GuideSchema>;
