/**
 * Incremental builds (docs/architecture.md §13) are correct first: after each kind of change the
 * incremental build's site is byte for byte the site a clean build of the same handbook writes, and it
 * really reuses pages where nothing they show changed.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../helpers/project-copy.ts';
import { restoredPagesDir, siteCacheDir } from '../../src/node/build-output.ts';

const project = copyProject('opsbook-incremental-');
afterAll(() => project.remove());
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const DAY_1 = '2026-11-26T09:00:00+09:00';

interface Built {
  out: string;
  pages: number;
  rendered: number;
  /** Pages in the search index, and those given to pagefind from the previous build's stored copies (src/node/search-copies.ts). */
  indexed: number;
  reused: number;
  stdout: string;
}

function build(name: string, now: string, extra: string[] = [], shell: NodeJS.ProcessEnv = env): Built {
  const out = path.join(project.root, name);
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', out, '--now', now, ...extra], { cwd: project.root, encoding: 'utf8', env: shell });
  expect(result.status, result.stdout + result.stderr).toBe(0);
  const counts = /opsbook: (\d+) pages, (\d+) rendered, (\d+) restored/.exec(result.stdout);
  expect(counts, result.stdout).not.toBeNull();
  const index = /search index built \((\d+) pages(?:, (\d+) from the previous build's copies)?/.exec(result.stdout);
  expect(index, result.stdout).not.toBeNull();
  return {
    out,
    pages: Number(counts![1]),
    rendered: Number(counts![2]),
    indexed: Number(index![1]),
    reused: Number(index![2] ?? 0),
    stdout: result.stdout,
  };
}

function files(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else found.set(child, readFileSync(path.join(dir, child)));
    }
  };
  walk('');
  return found;
}

/** The files that differ between two built sites (missing on either side included). */
function differences(a: string, b: string): string[] {
  const left = files(a);
  const right = files(b);
  const names = new Set([...left.keys(), ...right.keys()]);
  return [...names].filter((n) => !left.get(n)?.equals(right.get(n) ?? Buffer.alloc(0)) || !right.has(n)).sort();
}

/** Builds incrementally, then from no cache, and says both sites are the same; returns the incremental build. */
function incrementalEqualsClean(step: string, now: string, extra: string[] = []): Built {
  const incremental = build(`${step}-incremental`, now, extra);
  rmSync(path.join(project.root, '.cache'), { recursive: true, force: true });
  const clean = build(`${step}-clean`, now, extra);
  expect(clean.rendered).toBe(clean.pages);
  expect(differences(incremental.out, clean.out)).toEqual([]);
  return incremental;
}

const edit = (file: string, change: (text: string) => string) => {
  const full = path.join(project.root, file);
  const before = readFileSync(full, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(full, after);
};

const page = (built: Built, rel: string) => readFileSync(path.join(built.out, rel, 'index.html'), 'utf8');

describe('incremental builds', () => {
  it('a build with nothing changed restores every document page', () => {
    const first = build('first', DAY_1);
    expect(first.rendered).toBe(first.pages);
    const again = incrementalEqualsClean('unchanged', DAY_1);
    expect(again.rendered).toBeLessThan(again.pages / 4);
    // The restored pages' copies went to pagefind without the pages being read back.
    expect(again.reused).toBeGreaterThan(again.indexed * 0.9);
    // The search indexer takes a restored page once its copy equals Astro's cached one: the cache must
    // be where restoredPagesDir says (otherwise restored pages reach the index only when Astro is done).
    const cached = path.join(restoredPagesDir(siteCacheDir(project.root, 'public')), 'runbooks/db-primary-failure/index.html');
    expect(readFileSync(cached, 'utf8')).toBe(page(again, 'runbooks/db-primary-failure'));
  }, 600_000);

  it('a build started from another shell restores the pages too (the environment is not part of the code)', () => {
    // `_` is the shell's last command: `npm run build` and `astro build` differ in it, and its name occurs in
    // nearly every module, which once put its value into every route's code hash (src/integration/stable-env.ts).
    const fromNpm = build('shell-npm', DAY_1, [], { ...env, _: '/usr/bin/npm', OPSBOOK_SHELL_PROBE: 'one' });
    const fromAstro = build('shell-astro', DAY_1, [], { ...env, _: path.join(project.root, 'node_modules/.bin/astro'), OPSBOOK_SHELL_PROBE: 'two' });
    expect(fromNpm.rendered).toBeLessThan(fromNpm.pages / 4);
    expect(fromAstro.rendered).toBe(fromNpm.rendered);
    expect(differences(fromNpm.out, fromAstro.out)).toEqual([]);
  }, 600_000);

  it('one changed document: its page and the pages that show it are rendered again, the result equals a clean build', () => {
    edit('content/runbooks/db-primary-failure.mdx', (t) => t.replace(/^title: (.*)$/m, 'title: $1 (개정판)'));
    const built = incrementalEqualsClean('one-document', DAY_1);
    expect(page(built, 'runbooks/db-primary-failure')).toContain('(개정판)');
    expect(built.rendered).toBeLessThan(built.pages / 4);
    expect(built.reused).toBeGreaterThan(built.indexed / 2);
  }, 600_000);

  it('a document made restricted leaves the public build, and the pages that showed it change', () => {
    edit('content/changes/2026/2026-09-14-catalog-db-minor-upgrade.mdx', (t) => t.replace(/^---\n/, '---\nvisibility: restricted\n'));
    const built = incrementalEqualsClean('restricted', DAY_1);
    expect(() => page(built, 'changes/2026-09-14-catalog-db-minor-upgrade')).toThrow();
  }, 600_000);

  it('a count the navigation shows changes every page', () => {
    const source = 'content/changes/2026/2026-10-05-auth-api-tls-certificate-renewal.mdx';
    writeFileSync(
      path.join(project.root, 'content/changes/2026/2026-10-06-auth-api-tls-certificate-renewal-again.mdx'),
      readFileSync(path.join(project.root, source)),
    );
    const built = incrementalEqualsClean('new-document', DAY_1);
    expect(built.rendered).toBe(built.pages);
  }, 600_000);

  it('the next build day renders every page again (verdicts are as of a day)', () => {
    const built = incrementalEqualsClean('next-day', '2026-11-27T09:00:00+09:00');
    expect(built.rendered).toBe(built.pages);
  }, 600_000);

  it('a restricted build in between restores nothing into the public build', () => {
    build('restricted-audience', '2026-11-27T09:00:00+09:00', ['--audience', 'restricted']);
    const built = build('public-after-restricted', '2026-11-27T09:00:00+09:00');
    expect(built.rendered).toBeLessThan(built.pages / 4);
    rmSync(path.join(project.root, '.cache'), { recursive: true, force: true });
    const clean = build('public-clean', '2026-11-27T09:00:00+09:00');
    expect(differences(built.out, clean.out)).toEqual([]);
  }, 600_000);

  it('after a build that failed half-way, the next build trusts no cached page', () => {
    const boom = path.join(project.root, 'src/pages/boom.astro');
    writeFileSync(boom, '---\nthrow new Error("a page that cannot render");\n---\n');
    const failed = spawnSync(process.execPath, ['scripts/build.ts', '--out', path.join(project.root, 'failed'), '--now', '2026-11-27T09:00:00+09:00'], {
      cwd: project.root,
      encoding: 'utf8',
      env,
    });
    rmSync(boom);
    expect(failed.status, failed.stdout + failed.stderr).toBe(2);
    const built = incrementalEqualsClean('after-failure', '2026-11-27T09:00:00+09:00');
    expect(built.rendered).toBe(built.pages);
  }, 600_000);

  it("a change to the pages' code renders them again, and copies sent early that no longer match start the index again", () => {
    // Two builds, so the second has the first's copies whether or not the tests before this one ran.
    build('code-unchanged', '2026-11-27T09:00:00+09:00');
    expect(build('code-unchanged-again', '2026-11-27T09:00:00+09:00').reused).toBeGreaterThan(0);
    const layout = 'src/layouts/Document.astro';
    const original = readFileSync(path.join(project.root, layout), 'utf8');
    // Same handbook, so every key is unchanged; the code is not, so Astro renders every document page.
    edit(layout, (t) => t.replace('<h1>{title}</h1>', '<h1>{title}</h1><p>개정된 화면 안내</p>'));
    try {
      const built = incrementalEqualsClean('code-change', '2026-11-27T09:00:00+09:00');
      expect(built.stdout).toContain('so the index was built again from the pages');
      expect(page(built, 'runbooks/db-primary-failure')).toContain('개정된 화면 안내');
    } finally {
      writeFileSync(path.join(project.root, layout), original);
    }
  }, 600_000);
});
