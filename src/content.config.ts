/**
 * Astro collections, built from the same schemas as the check. The site reads typed data from
 * `src/site/handbook.ts` (the check's loader); collections are used to render MDX bodies. Documents the
 * build's audience may not see are left out of the collections, so their bodies are never compiled.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { loadHandbook } from './node/load-handbook.ts';
import { KIND_FOLDERS, KIND_SCHEMAS, REPORT_SCHEMAS, type Kind } from './schemas/kinds.ts';
import { CADENCES } from './schemas/policy.ts';
import { currentAudience, visibleTo } from './site/audience.ts';
import { preloadedHandbook } from './site/preloaded.ts';

const audience = currentAudience();
// Under `npm run build` the handbook is loaded already (src/site/preloaded.ts); `astro build` alone loads it.
const handbook = preloadedHandbook(process.cwd())?.handbook ?? (await loadHandbook(process.cwd()));
const hidden = handbook.documents
  .filter((d) => !visibleTo(audience, d.visibility))
  .map((d) => d.file.replace(/^content\//, ''));

function collection(folder: string, schema: z.ZodType) {
  const exclude = hidden.filter((f) => f.startsWith(`${folder}/`)).map((f) => `!${f.slice(folder.length + 1)}`);
  return defineCollection({
    loader: glob({ base: `./content/${folder}`, pattern: ['**/*.mdx', ...exclude] }),
    schema,
  });
}

const documentKinds = ['guide', 'runbook', 'incident', 'change', 'routine'] as const satisfies readonly Exclude<Kind, 'report'>[];

export const collections = {
  ...Object.fromEntries(documentKinds.map((kind) => [kind, collection(KIND_FOLDERS[kind], KIND_SCHEMAS[kind])])),
  ...Object.fromEntries(CADENCES.map((cadence) => [`report-${cadence}`, collection(`reports/${cadence}`, REPORT_SCHEMAS[cadence])])),
};
