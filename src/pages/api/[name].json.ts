/** `/api/<kind>.json` and `/api/documents.json`: every public document as structured data for other tools. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { KINDS, type Kind } from '../../schemas/index.ts';
import { API_FILES, API_VERSION, apiDocument } from '../../site/api.ts';
import { getHandbook } from '../../site/handbook.ts';

export const getStaticPaths = (() => [
  { params: { name: 'documents' }, props: { kind: undefined } },
  ...KINDS.map((kind) => ({ params: { name: API_FILES[kind] }, props: { kind } })),
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const kind = props.kind as Kind | undefined;
  const handbook = await getHandbook();
  const { policy } = handbook.full;
  const docs = kind ? handbook.ofKind(kind) : handbook.documents;
  const body = {
    version: API_VERSION,
    organization: policy.organization,
    timezone: policy.timezone,
    generated: handbook.now.toString(),
    ...(kind ? { kind } : {}),
    count: docs.length,
    documents: docs.map((d) => apiDocument(d, policy, import.meta.env.BASE_URL, handbook.withheld, handbook.now)),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
