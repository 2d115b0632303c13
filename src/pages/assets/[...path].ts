/**
 * The images documents show: `content/assets/<file>` published at `/assets/<file>`, only when a document
 * of this build's audience shows it (an asset only restricted documents use never reaches a public build).
 * Types are limited by the content profile, and SVG is refused there (it can run script when opened).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ASSET_FOLDER } from '../../lib/content-profile.ts';
import { assetsShownBy } from '../../lib/content-violations.ts';
import { getHandbook } from '../../site/handbook.ts';

export const getStaticPaths = (async () => {
  const handbook = await getHandbook();
  return assetsShownBy(handbook.documents, handbook.full.assets).map((file) => ({ params: { path: file.slice(ASSET_FOLDER.length + 1) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const bytes = await readFile(path.join(process.cwd(), 'content', ASSET_FOLDER, params.path!));
  return new Response(bytes);
};
