/**
 * One Astro integration, one path: `astro build` alone checks, renders and indexes exactly as
 * `npm run build` does (byte for byte), fails on a handbook with errors with the check's own
 * diagnostics, and `astro dev` prints the check's findings and checks an edited document again.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, developerEnv, stopServer } from '../helpers/project-copy.ts';

const NOW = '2026-11-26T09:00:00+09:00';
const project = copyProject('opsbook-integration-');
afterAll(() => project.remove());
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OPSBOOK_NOW: NOW };
const astro = path.join(project.root, 'node_modules/.bin/astro');

function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(dir, rel);
    if (statSync(file).isFile()) files.set(rel, readFileSync(file));
  }
  return files;
}

describe('the opsbook integration', () => {
  it('astro build and npm run build write the same site, search index included', () => {
    const viaAstro = path.join(project.root, 'dist-astro');
    const viaNpm = path.join(project.root, 'dist-npm');
    const a = spawnSync(astro, ['build', '--outDir', viaAstro], { cwd: project.root, encoding: 'utf8', env });
    expect(a.status, a.stdout + a.stderr).toBe(0);
    const b = spawnSync(process.execPath, ['scripts/build.ts', '--out', viaNpm, '--now', NOW], { cwd: project.root, encoding: 'utf8', env });
    expect(b.status, b.stdout + b.stderr).toBe(0);
    const [one, two] = [tree(viaAstro), tree(viaNpm)];
    expect([...one.keys()].some((f) => f.startsWith('pagefind/'))).toBe(true);
    expect([...one.keys()].sort()).toEqual([...two.keys()].sort());
    const differing = [...one].filter(([f, bytes]) => !bytes.equals(two.get(f)!)).map(([f]) => f);
    expect(differing).toEqual([]);
  }, 300_000);

  it('astro build alone refuses a handbook with errors, naming the file and line', () => {
    const file = path.join(project.root, 'content/runbooks/net-latency.mdx');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace(/^owner:/m, 'ownr:'));
    try {
      const r = spawnSync(astro, ['build', '--outDir', path.join(project.root, 'dist-broken')], { cwd: project.root, encoding: 'utf8', env });
      expect(r.status).not.toBe(0);
      expect(r.stdout + r.stderr).toMatch(/content\/runbooks\/net-latency\.mdx:\d+:\d+/);
      expect(r.stdout + r.stderr).toContain('nothing was built');
    } finally {
      writeFileSync(file, original);
    }
  }, 300_000);

  it('astro dev prints the findings, checks an edited document again, and serves a document added meanwhile', async () => {
    const port = 4600 + (process.pid % 300);
    const child = spawn(astro, ['dev', '--host', '127.0.0.1', '--port', String(port)], { cwd: project.root, env: developerEnv(env) });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const waitFor = async (pattern: RegExp, ms: number) => {
      const until = Date.now() + ms;
      while (!pattern.test(output)) {
        if (Date.now() > until || child.exitCode !== null) throw new Error(`gave up waiting for ${pattern}:\n${output.slice(-3000)}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    };
    const file = path.join(project.root, 'content/runbooks/net-packet-loss.mdx');
    const original = readFileSync(file, 'utf8');
    // A new runbook: the documents collection is refreshed after the check, so its page exists at once.
    const added = path.join(project.root, 'content/runbooks/dev-added-loss.mdx');
    const page = `http://127.0.0.1:${port}/runbooks/dev-added-loss/`;
    try {
      await waitFor(/check: 0 error\(s\)/, 120_000);
      await waitFor(new RegExp(`127\\.0\\.0\\.1:${port}`), 60_000);
      writeFileSync(file, original.replace(/^owner:/m, 'ownr:'));
      await waitFor(/net-packet-loss\.mdx checked again/, 60_000);
      await waitFor(/content\/runbooks\/net-packet-loss\.mdx:\d+:\d+.*(ownr|owner)/, 30_000);
      writeFileSync(file, original);
      expect((await fetch(page)).status).toBe(404);
      writeFileSync(added, original.replace(/^title: .*$/m, 'title: 개발 중 추가한 손실 런북'));
      await waitFor(/dev-added-loss\.mdx checked again/, 60_000);
      const response = await fetch(page);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('개발 중 추가한 손실 런북');
    } finally {
      writeFileSync(file, original);
      rmSync(added, { force: true });
      await stopServer(child);
    }
  }, 300_000);
});
