/** Reading a built site in tests: every file under dist/, and the handbook it was built from. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { inject } from 'vitest';
import type { AnyDocument } from '../../src/lib/handbook.ts';
import { loadHandbook } from '../../src/node/load-handbook.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export function siteDist(): string {
  const dist = inject('siteDist');
  if (!dist) throw new Error('No built site: run these tests through vitest with tests/setup/build-site.ts as globalSetup');
  return dist;
}

/** Text files of the built site (HTML, JSON, JS, CSS, XML, SVG), path relative to dist → content. */
export async function distTexts(dist: string): Promise<Map<string, string>> {
  const files = await glob('**/*.{html,json,js,mjs,css,xml,svg,txt}', { cwd: dist, ignore: ['pagefind/**'] });
  const texts = new Map<string, string>();
  await Promise.all(files.map(async (f) => texts.set(f, await readFile(path.join(dist, f), 'utf8'))));
  return texts;
}

export async function exampleHandbook() {
  return loadHandbook(ROOT);
}

/** Where the page of a document lives in dist/. */
export function pageFile(doc: Pick<AnyDocument, 'kind' | 'id' | 'location'>): string {
  const folder = { guide: 'guide', runbook: 'runbooks', incident: 'incidents', change: 'changes', routine: 'routines', report: 'reports' }[doc.kind];
  return `${folder}/${doc.id}/index.html`;
}

/**
 * Phrases that identify a restricted document: its title, id, and sentences of its body that no public
 * document shares (so the test does not flag words common to every incident).
 */
export function uniquePhrases(restricted: AnyDocument, publicDocs: readonly AnyDocument[]): string[] {
  const title = (restricted.data as { title?: string }).title;
  const publicText = publicDocs.map((d) => `${d.body}\n${JSON.stringify(d.data)}`).join('\n');
  const sentences = restricted.body
    .split(/[\n.|]/)
    .map((s) =>
      s
        .replace(/[#*`>\-\d]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((s) => s.length >= 16 && !publicText.includes(s));
  return [...(title ? [title] : []), restricted.id, ...sentences.slice(0, 8)];
}
