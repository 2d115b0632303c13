/**
 * The parse cache behind `check --changed` may only make it faster: a run from a warm cache reports
 * exactly what a run without one reports, an edited file is parsed again, and a damaged or foreign cache
 * file is ignored.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { runCheckAsync } from '../../src/lib/check.ts';
import type { Diagnostic } from '../../src/lib/diagnostics.ts';
import { changedScope } from '../../src/lib/changed-scope.ts';
import type { AnyDocument } from '../../src/lib/handbook.ts';
import { loadHandbook, loadHandbookForBuild } from '../../src/node/load-handbook.ts';
import { defaultCacheFile } from '../../src/node/parse-cache.ts';

const NOW = Temporal.Instant.from('2026-11-26T14:03:27+09:00');
const CHANGE = 'content/changes/2026/2026-07-03-order-api-v2-14-release.mdx';
const INCIDENT = 'content/incidents/2026/2026-07-08-order-api-memory-leak.mdx';
const RUNBOOK = 'content/runbooks/app-memory-leak.mdx';

/** A copy of the example handbook, with the cache file it will use. */
function handbook(): { root: string; cache: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'opsbook-cache-'));
  cpSync(path.resolve('content'), path.join(root, 'content'), { recursive: true });
  return { root, cache: path.join(root, 'node_modules', '.cache', 'opsbook', 'check.json') };
}

async function check(root: string, options: { cache?: string; only?: string } = {}) {
  let counts = { cached: 0, parsed: 0 };
  const onlyFiles = options.only ? new Set([options.only]) : undefined;
  const handbook = await loadHandbook(root, {
    ...(options.cache ? { cache: options.cache } : {}),
    ...(onlyFiles ? { onlyFiles } : {}),
    // Files copied a moment ago would otherwise be too fresh to cache.
    racyMs: 0,
    onLoad: (c) => (counts = c),
  });
  const diagnostics: Diagnostic[] = await runCheckAsync(handbook, { now: NOW, ...(onlyFiles ? { onlyFiles } : {}) });
  return { diagnostics, counts, files: handbook.knownKeys.size };
}

function edit(root: string, file: string, from: string | RegExp, to: string): void {
  const full = path.join(root, file);
  const text = readFileSync(full, 'utf8');
  const next = text.replace(from, to);
  expect(next).not.toBe(text);
  writeFileSync(full, next);
}

describe('parse cache', () => {
  it('gives --changed from a warm cache exactly the diagnostics of a run without one', async () => {
    const { root, cache } = handbook();
    const full = await check(root, { cache });
    expect(full.counts.parsed).toBeGreaterThan(50);
    expect(existsSync(cache)).toBe(true);

    // The change no longer lists its incident: change/incident-link reports on the unchanged incident,
    // whose position must come from the file although its data came from the cache.
    edit(root, CHANGE, 'related_incidents: [2026-07-08-order-api-memory-leak]', 'related_incidents: []');
    // And a finding of its own, in the body (an MDX comment: the body now needs the MDX parser).
    edit(root, CHANGE, /$/, '\n{/* 작성 필요: 결과를 적으세요 */}\n');
    const warm = await check(root, { cache, only: CHANGE });
    expect(warm.counts).toEqual({ cached: full.counts.parsed - 1, parsed: 1 });
    const cold = await check(root, { only: CHANGE });
    expect(warm.diagnostics).toEqual(cold.diagnostics);

    const link = warm.diagnostics.find((d) => d.rule === 'change/incident-link');
    expect(link).toMatchObject({ file: INCIDENT });
    expect(link!.line).toBeGreaterThan(1);
    // And with a cold full check: the same findings on the changed file, and the same one on the incident.
    const coldFull = await check(root);
    const on = (list: Diagnostic[], file: string) => list.filter((d) => d.file === file);
    expect(on(warm.diagnostics, CHANGE).length).toBeGreaterThan(0);
    expect(on(warm.diagnostics, CHANGE)).toEqual(on(coldFull.diagnostics, CHANGE));
    expect(coldFull.diagnostics).toContainEqual(link);
  });

  it('gives --changed the same documents to check from cached names as from parsed documents', async () => {
    const { root, cache } = handbook();
    await check(root, { cache });
    const fresh = await loadHandbook(root, { racyMs: 0 });
    let widened = 0;
    // Each document changed alone: the documents that refer to it (fields, action item links, body links).
    for (const document of fresh.documents) {
      const changed = new Set([document.file]);
      let counts = { cached: 0, parsed: 0 };
      // As `--changed` loads it: the changed file read, every other one from the cache.
      const cached = await loadHandbook(root, { cache, racyMs: 0, onlyFiles: changed, onLoad: (c) => (counts = c) });
      expect(counts.parsed).toBe(1);
      const scope = [...changedScope(fresh, changed)!].sort();
      expect([...changedScope(cached, changed)!].sort(), document.file).toEqual(scope);
      if (scope.length > 1) widened++;
    }
    expect(widened).toBeGreaterThan(10);
  });

  it('parses an edited file again, even when its size stays the same', async () => {
    const { root, cache } = handbook();
    await check(root, { cache });
    const before = await check(root, { cache, only: CHANGE });
    expect(before.counts.parsed).toBe(1);
    expect(before.diagnostics.some((d) => d.message.includes('"app-memory-leak"'))).toBe(false);

    // Same length: only the stamp's times tell the edit apart.
    edit(root, RUNBOOK, 'scenarios: [app-memory-leak]', 'scenarios: [app-memory-lea0]');
    const after = await check(root, { cache, only: CHANGE });
    expect(after.counts.parsed).toBe(2);
    expect(after.diagnostics.some((d) => d.rule === 'runbook/scenario-coverage' && d.message.includes('"app-memory-leak"'))).toBe(true);
    expect(after.diagnostics).toEqual((await check(root, { only: CHANGE })).diagnostics);
  });

  it('ignores a damaged, cut-short or foreign cache file, and one whose data cannot be read', async () => {
    const { root, cache } = handbook();
    await check(root, { cache });
    const good = readFileSync(cache);
    const expected = (await check(root, { only: CHANGE })).diagnostics;
    // Header line, heads line (path, stamp, file, data offsets), then the data bytes.
    const headerEnd = good.indexOf(10);
    const headsEnd = good.indexOf(10, headerEnd + 1);
    const header = JSON.parse(good.toString('utf8', 0, headerEnd)) as Record<string, unknown>;
    const heads = JSON.parse(good.toString('utf8', headerEnd + 1, headsEnd)) as [string, ...unknown[]][];
    const runbook = heads.find((h) => h[0] === RUNBOOK.slice('content/'.length))!;
    expect(runbook).toBeDefined();
    const badData = Buffer.from(good);
    badData.fill('x', headsEnd + 1 + (runbook[6] as number), headsEnd + 1 + (runbook[7] as number));

    const damaged = {
      garbage: 'not a cache at all \u0000\u00ff',
      empty: '',
      cut: good.subarray(0, Math.floor(good.length / 2)),
      'one byte more': Buffer.concat([good, Buffer.from(' ')]),
      foreign: good.toString('utf8').replace(/"version":"[^"]+"/, '"version":"someone-else"'),
      'wrong shapes': `${JSON.stringify({ ...header, data: 2 })}\n[[1,2,3],["x"],null,"s",["a",1,2,3,4,{},0,9]]\n{}`,
      'unreadable data': badData,
    };
    for (const [name, text] of Object.entries(damaged)) {
      writeFileSync(cache, text);
      const result = await check(root, { cache, only: CHANGE });
      expect(result.diagnostics, name).toEqual(expected);
    }
    // The data of the damaged line was read from the file instead.
    writeFileSync(cache, badData);
    expect((await check(root, { cache, only: CHANGE })).counts.parsed).toBe(1);
  });

  it('is not written where it cannot be, and never fails the check for it', async () => {
    const { root } = handbook();
    // A folder where the cache file should be: neither readable nor replaceable.
    const blocked = path.join(root, 'node_modules', '.cache', 'opsbook', 'check.json');
    mkdirSync(blocked, { recursive: true });
    const result = await check(root, { cache: blocked, only: CHANGE });
    expect(result.diagnostics).toEqual((await check(root, { only: CHANGE })).diagnostics);
  });

  it('lives in node_modules/.cache/opsbook of the nearest folder with node_modules, never in content/', () => {
    const { root } = handbook();
    expect(defaultCacheFile(root)).toBeUndefined();
    mkdirSync(path.join(root, 'node_modules'));
    const file = defaultCacheFile(path.join(root))!;
    expect(path.dirname(file)).toBe(path.join(root, 'node_modules', '.cache', 'opsbook'));
    // A handbook in a subfolder of the project uses the project's node_modules, one file per handbook.
    mkdirSync(path.join(root, 'ops', 'content'), { recursive: true });
    const nested = defaultCacheFile(path.join(root, 'ops'))!;
    expect(path.dirname(nested)).toBe(path.dirname(file));
    expect(nested).not.toBe(file);
  });

  it('gives a build the documents and findings of a load without it, unchanged files from the cache and edited ones read again', async () => {
    const { root } = handbook();
    mkdirSync(path.join(root, 'node_modules'));
    const seen = (d: AnyDocument) => ({
      key: d.key,
      file: d.file,
      visibility: d.visibility,
      bodyLine: d.bodyLine,
      lineCount: d.lineCount,
      body: d.body,
      frontmatter: d.frontmatter,
      data: d.data,
    });
    const load = async (build: boolean) => {
      let counts = { cached: 0, parsed: 0 };
      const loaded = build ? await loadHandbookForBuild(root, { racyMs: 0, onLoad: (c) => (counts = c) }) : await loadHandbook(root);
      return { documents: loaded.documents.map(seen), diagnostics: await runCheckAsync(loaded, { now: NOW }), counts };
    };
    const cold = await load(true);
    expect(cold.counts.cached).toBe(0);
    edit(root, INCIDENT, 'title:', 'title: 다시 쓴');
    const warm = await load(true);
    expect(warm.counts.parsed).toBe(1);
    expect(warm.counts.cached).toBeGreaterThan(50);
    const plain = await load(false);
    expect(plain.documents.find((d) => d.file === INCIDENT)?.frontmatter).toContain('title: 다시 쓴');
    expect(warm.documents).toEqual(plain.documents);
    expect(warm.diagnostics).toEqual(plain.diagnostics);
  });

  it('is written by the check command, and --no-cache neither reads nor writes it', () => {
    const run = (root: string, args: string[]) =>
      spawnSync(process.execPath, [path.resolve('scripts/check.ts'), '--format', 'json', '--now', '2026-11-26T14:03:27+09:00', ...args], {
        cwd: root,
        encoding: 'utf8',
      });
    const { root } = handbook();
    mkdirSync(path.join(root, 'node_modules'));
    // Files are cached only once they are two seconds old (an edit within one timestamp tick would go unseen).
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2100);
    const dir = path.join(root, 'node_modules', '.cache', 'opsbook');
    expect(run(root, ['--no-cache']).status).not.toBe(2);
    expect(existsSync(dir)).toBe(false);
    const first = run(root, []);
    expect(first.status).not.toBe(2);
    expect(readdirSync(dir)).toHaveLength(1);
    expect(JSON.parse(run(root, []).stdout)).toEqual(JSON.parse(first.stdout));
    expect(readdirSync(path.join(root, 'content')).some((f) => f.includes('cache'))).toBe(false);
  });
});
