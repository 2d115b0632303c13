/**
 * Hostile documents never reach readers: `npm run build` refuses a handbook holding them and publishes
 * nothing, and `astro build` run directly (no check first) renders them as data, so their code never runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../helpers/project-copy.ts';
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

  it('astro build alone renders the attacks as data: no file written, no environment value or script published', () => {
    const out = path.join(project.root, 'dist-astro');
    const result = spawnSync(path.join(project.root, 'node_modules/.bin/astro'), ['build', '--outDir', out], { cwd: project.root, encoding: 'utf8', env });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(existsSync(writeTarget)).toBe(false);
    const pages = filesUnder(out);
    const attackPage = readFileSync(path.join(out, 'runbooks/attack-env/index.html'), 'utf8');
    expect(attackPage).toContain('환경:');
    for (const file of pages) {
      const text = readFileSync(file, 'latin1');
      expect(text.includes(canary), `${file} holds the environment value`).toBe(false);
    }
    for (const a of list.filter((x) => x.file.startsWith('runbooks/'))) {
      const html = readFileSync(path.join(out, 'runbooks', path.basename(a.file, '.mdx'), 'index.html'), 'utf8');
      const body = html.slice(html.indexOf('<div class="prose">'), html.indexOf('<aside'));
      expect(body, a.name).not.toMatch(/<script|<iframe|<style|<svg|\son[a-z]+=|javascript:|data:text|evil\.example\/(pixel|x|y)\.png|admin-api-key/i);
    }
  }, 300_000);
});
