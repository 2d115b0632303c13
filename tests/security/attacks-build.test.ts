/**
 * Hostile documents never reach readers: `npm run build` refuses a handbook holding them and publishes
 * nothing, `astro build` run directly refuses them too, and `astro dev` (which reports the findings but
 * still serves pages) renders them as data, so their code never runs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, developerEnv, stopServer } from '../helpers/project-copy.ts';
import { attacks, CANARY_ENV, POLICY_SECRET_LINE } from './attacks.ts';

const NOW = '2026-11-26T09:00:00+09:00';
const project = copyProject('opsbook-attacks-');
afterAll(() => project.remove());

const writeTarget = path.join(project.root, 'pwned.txt');
const list = attacks(writeTarget);
for (const a of list) {
  mkdirSync(path.dirname(path.join(project.root, 'content', a.file)), { recursive: true });
  writeFileSync(path.join(project.root, 'content', a.file), a.text);
}
const policyFile = path.join(project.root, 'content/policy.yaml');
const policyText = readFileSync(policyFile, 'utf8').replace(/^timezone:/m, `${POLICY_SECRET_LINE}\ntimezone:`);
writeFileSync(policyFile, policyText);
const canary = `canary-${process.pid}-${Date.now()}`;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', [CANARY_ENV]: canary, OPSBOOK_NOW: NOW };

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).isFile());
}

describe('attack documents at build time', () => {
  it('npm run build refuses the handbook with each attack named, and publishes nothing', () => {
    const out = path.join(project.root, 'dist-npm');
    const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', out, '--now', NOW], { cwd: project.root, encoding: 'utf8', env });
    expect(result.status, result.stdout + result.stderr).toBe(1);
    for (const a of list) expect(result.stderr).toContain(`content/${a.file}:${a.line}:`);
    expect(result.stderr).toContain(`content/policy.yaml:${policyText.split('\n').indexOf(POLICY_SECRET_LINE) + 1}:`);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(writeTarget)).toBe(false);
  }, 300_000);

  it('astro build alone refuses them too, and writes no file and no environment value', () => {
    const out = path.join(project.root, 'dist-astro');
    const result = spawnSync(path.join(project.root, 'node_modules/.bin/astro'), ['build', '--outDir', out], { cwd: project.root, encoding: 'utf8', env });
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('content/runbooks/attack-write.mdx:');
    expect(existsSync(writeTarget)).toBe(false);
    const written = existsSync(out) ? filesUnder(out) : [];
    for (const file of written) expect(readFileSync(file, 'latin1').includes(canary), `${file} holds the environment value`).toBe(false);
  }, 300_000);

  it('astro dev, which shows the findings but still serves pages, renders the attacks as data', async () => {
    const port = 4300 + (process.pid % 300);
    const child = spawn(path.join(project.root, 'node_modules/.bin/astro'), ['dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: project.root,
      env: developerEnv(env),
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    try {
      const until = Date.now() + 120_000;
      while (!output.includes(`127.0.0.1:${port}`)) {
        if (Date.now() > until || child.exitCode !== null) throw new Error(`astro dev did not start:\n${output.slice(-3000)}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      // The dev server answers "Cannot GET" until Astro's routes are loaded, a moment after it prints its URL.
      while ((await fetch(`http://127.0.0.1:${port}/`)).status !== 200) {
        if (Date.now() > until) throw new Error(`astro dev serves no pages:\n${output.slice(-3000)}`);
        await new Promise((r) => setTimeout(r, 500));
      }
      for (const a of list.filter((x) => x.file.startsWith('runbooks/'))) {
        const response = await fetch(`http://127.0.0.1:${port}/runbooks/${path.basename(a.file, '.mdx')}/`);
        expect(response.status, a.name).toBe(200);
        const html = await response.text();
        expect(html.includes(canary), `${a.name}: the environment value was printed`).toBe(false);
        const body = html.slice(html.indexOf('<div class="prose">'), html.indexOf('<aside'));
        expect(body, a.name).not.toMatch(/<script|<iframe|<style|<svg|\son[a-z]+=|javascript:|data:text|evil\.example\/(pixel|x|y)\.png|admin-api-key/i);
      }
      expect(existsSync(writeTarget)).toBe(false);
    } finally {
      await stopServer(child);
    }
  }, 300_000);
});
