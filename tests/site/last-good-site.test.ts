/**
 * The last good site survives a failed build (Astro empties its output folder, so the build writes into
 * a staging folder and swaps it in only on success), and two builds in one project do not break each other.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../helpers/project-copy.ts';

const NOW = '2026-11-26T09:00:00+09:00';
const project = copyProject('opsbook-last-good-');
afterAll(() => project.remove());
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const buildArgs = (out: string) => ['scripts/build.ts', '--out', out, '--now', NOW];

function buildAsync(out: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, buildArgs(out), { cwd: project.root, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('the last good site', () => {
  // Two pages at a time too: Astro's queue then goes on writing pages after the failure unless the
  // integration stops it (src/site/render-order.ts, stoppingAtFirstFailure).
  it.each([1, 2])(
    'a build that fails after the check leaves dist/ exactly as it was (pages rendered %i at a time)',
    (concurrency) => {
      const out = path.join(project.root, 'dist');
      mkdirSync(out, { recursive: true });
      writeFileSync(path.join(out, 'index.html'), 'the last good site');
      const page = path.join(project.root, 'src/pages/boom.astro');
      writeFileSync(page, '---\nthrow new Error("a page that cannot render");\n---\n');
      const config = path.join(project.root, 'astro.config.mjs');
      const configBefore = readFileSync(config, 'utf8');
      const withConcurrency = configBefore.replace("build: { format: 'directory' }", `build: { format: 'directory', concurrency: ${concurrency} }`);
      expect(withConcurrency).not.toBe(configBefore);
      writeFileSync(config, withConcurrency);
      try {
        const result = spawnSync(process.execPath, buildArgs(out), { cwd: project.root, encoding: 'utf8', env });
        expect(result.status, result.stdout + result.stderr).toBe(2);
        expect(result.stderr).toContain('was left as it was');
        expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('the last good site');
        expect(existsSync(`${out}.staging`)).toBe(false);
      } finally {
        writeFileSync(config, configBefore);
        writeFileSync(page, '');
        spawnSync('rm', ['-f', page]);
      }
    },
    300_000,
  );

  it('a successful build swaps its site in and keeps the replaced one for the next build to remove', () => {
    const out = path.join(project.root, 'dist-swap');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'index.html'), 'the site before');
    // Left by the build before that one: removed while this build works.
    mkdirSync(`${out}.previous`, { recursive: true });
    writeFileSync(path.join(`${out}.previous`, 'index.html'), 'two builds ago');
    const result = spawnSync(process.execPath, buildArgs(out), { cwd: project.root, encoding: 'utf8', env });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('<html');
    expect(readFileSync(path.join(`${out}.previous`, 'index.html'), 'utf8')).toBe('the site before');
    expect(existsSync(`${out}.staging`)).toBe(false);
  }, 300_000);

  it('two builds at once: the second waits for the first, both publish a whole site', async () => {
    const [a, b] = await Promise.all([buildAsync(path.join(project.root, 'dist-a')), buildAsync(path.join(project.root, 'dist-b'))]);
    expect(a.status, a.stderr).toBe(0);
    expect(b.status, b.stderr).toBe(0);
    expect(a.stdout + b.stdout).toContain('another build');
    for (const out of ['dist-a', 'dist-b']) {
      expect(existsSync(path.join(project.root, out, 'index.html'))).toBe(true);
      expect(existsSync(path.join(project.root, out, 'pagefind/pagefind-entry.json'))).toBe(true);
    }
  }, 300_000);

  it('a lock left by a killed build is taken over', async () => {
    const lock = path.join(project.root, 'node_modules/.cache/opsbook/build.lock');
    mkdirSync(path.dirname(lock), { recursive: true });
    writeFileSync(lock, '999999999');
    const result = await buildAsync(path.join(project.root, 'dist-c'));
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).not.toContain('another build');
    expect(existsSync(lock)).toBe(false);
  }, 300_000);
});
