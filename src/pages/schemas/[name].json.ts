/**
 * The JSON Schema of each document kind's frontmatter and of policy.yaml (`/schemas/runbook.json`,
 * `/schemas/report-weekly.json`, `/schemas/policy.json`), from the same zod schemas the check uses; the
 * repository keeps the same files in `schemas/` for editors (README, "Editor completion").
 */
import type { APIRoute } from 'astro';
import { handbookSchemas } from '../../site/schemas.ts';

export function getStaticPaths() {
  return Object.keys(handbookSchemas()).map((name) => ({ params: { name } }));
}

export const GET: APIRoute = ({ params }) => {
  const schema = handbookSchemas()[params.name!];
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'content-type': 'application/schema+json' } });
};
