/**
 * The restricted audience's build (`npm run build -- --audience restricted`) is the one place restricted
 * documents are published: their pages, JSON and search records exist there, and only there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { afterAll, describe, expect, it } from 'vitest';
import { KIND_FOLDERS } from '../../src/schemas/kinds.ts';
import { loadHandbook } from '../../src/node/load-handbook.ts';
import { parseBuildPhases } from '../../src/lib/build-phases.ts';

const out = mkdtempSync(path.join(os.tmpdir(), 'opsbook-restricted-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('restricted build', async () => {
  const restricted = (await loadHandbook(process.cwd())).documents.filter((d) => d.visibility === 'restricted');

  it('publishes the restricted documents with their pages and JSON', async () => {
    expect(restricted.length).toBeGreaterThan(0);
    const result = spawnSync(process.execPath, ['scripts/build.ts', '--audience', 'restricted', '--out', out, '--now', '2026-11-26T09:00:00+09:00'], {
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    expect(result.status, result.stderr).toBe(0);
    const documents = JSON.parse(readFileSync(path.join(out, 'api/documents.json'), 'utf8')) as unknown;
    const text = JSON.stringify(documents);
    for (const doc of restricted) {
      const page = path.join(out, KIND_FOLDERS[doc.kind], doc.id, 'index.html');
      expect(existsSync(page), page).toBe(true);
      const title = (doc.data as { title?: string }).title;
      if (title) {
        expect(readFileSync(page, 'utf8')).toContain(title);
        expect(text).toContain(title);
      }
    }
    expect(existsSync(path.join(out, 'pagefind'))).toBe(true);

    // Documents render first and the index is written while the rest render (src/site/render-order.ts):
    // it still holds every page with indexed content (documents, report periods, services, rules), once.
    const all = (await loadHandbook(process.cwd())).documents;
    // A build after another restricted one also says how many came from stored copies.
    const indexed = Number(/search index built \((\d+) pages[),]/.exec(result.stdout)?.[1]);
    const pages = await glob('**/index.html', { cwd: out, ignore: ['pagefind/**'] });
    const withBody = pages.filter((p) => /\sdata-pagefind-body[\s=>]/.test(readFileSync(path.join(out, p), 'utf8')));
    expect(withBody.length).toBeGreaterThanOrEqual(all.filter((d) => d.kind !== 'report').length);
    expect(indexed).toBe(withBody.length);
    const phases = parseBuildPhases(result.stdout);
    expect(phases, result.stdout).toBeDefined();
    expect(phases!.astro_s).toBeGreaterThan(0);
  }, 600_000);
});
