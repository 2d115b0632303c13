/**
 * Page generation writes through `fs.promises` synchronously (src/node/synchronous-writes.ts): the same
 * files and the same errors, as promises, and the originals back at teardown.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AstroPrerenderer } from 'astro';
import { withSynchronousWrites, writeSynchronously } from '../../src/node/synchronous-writes.ts';

let dir: string;
const original = { ...fs.promises };
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'opsbook-sync-writes-'));
});
afterEach(() => {
  // A failed test must not leave the replacement in place for the others.
  Object.assign(fs.promises, { mkdir: original.mkdir, writeFile: original.writeFile, copyFile: original.copyFile });
  rmSync(dir, { recursive: true, force: true });
});

describe('writeSynchronously', () => {
  it('writes folders, files and copies before the call returns, as the originals would', async () => {
    const restore = writeSynchronously();
    const page = path.join(dir, 'runbooks', 'a', 'index.html');
    const written = fs.promises.mkdir(path.dirname(page), { recursive: true });
    expect(existsSync(path.dirname(page))).toBe(true);
    await written;
    const body = Buffer.from('<h1>복제 지연</h1>');
    const file = fs.promises.writeFile(page, body);
    expect(readFileSync(page, 'utf8')).toBe('<h1>복제 지연</h1>');
    await expect(file).resolves.toBeUndefined();
    await fs.promises.writeFile(new URL(`file://${path.join(dir, 'b.html')}`), 'text');
    expect(readFileSync(path.join(dir, 'b.html'), 'utf8')).toBe('text');
    await fs.promises.copyFile(page, path.join(dir, 'copy.html'));
    expect(readFileSync(path.join(dir, 'copy.html'))).toEqual(body);
    restore();
  });

  it('gives an error as the rejected promise, never a throw', async () => {
    const restore = writeSynchronously();
    let missing: Promise<void> | undefined;
    expect(() => (missing = fs.promises.writeFile(path.join(dir, 'no', 'such', 'index.html'), 'x'))).not.toThrow();
    await expect(missing).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(fs.promises.mkdir(dir)).rejects.toMatchObject({ code: 'EEXIST' });
    await expect(fs.promises.copyFile(path.join(dir, 'none'), path.join(dir, 'x'))).rejects.toMatchObject({ code: 'ENOENT' });
    restore();
  });

  it('leaves what is not a path and plain data to the originals (a file handle)', async () => {
    const restore = writeSynchronously();
    const handle = await fs.promises.open(path.join(dir, 'h.txt'), 'w');
    await fs.promises.writeFile(handle, 'through the handle');
    await handle.close();
    expect(readFileSync(path.join(dir, 'h.txt'), 'utf8')).toBe('through the handle');
    restore();
  });

  it('puts the originals back, once', () => {
    const restore = writeSynchronously();
    expect(fs.promises.writeFile).not.toBe(original.writeFile);
    restore();
    restore();
    expect(fs.promises.mkdir).toBe(original.mkdir);
    expect(fs.promises.writeFile).toBe(original.writeFile);
    expect(fs.promises.copyFile).toBe(original.copyFile);
  });
});

describe('withSynchronousWrites', () => {
  it('replaces the writes from the first paths Astro asks for until teardown, whatever else the prerenderer does', async () => {
    const calls: string[] = [];
    const inner: AstroPrerenderer = {
      name: 'inner',
      async getStaticPaths() {
        calls.push('paths');
        return [];
      },
      async render() {
        calls.push('render');
        return new Response('');
      },
      async teardown() {
        calls.push('teardown');
      },
    };
    const outer = withSynchronousWrites(inner);
    expect(fs.promises.writeFile).toBe(original.writeFile);
    await outer.getStaticPaths();
    expect(fs.promises.writeFile).not.toBe(original.writeFile);
    await outer.render(new Request('http://localhost/'), {} as Parameters<AstroPrerenderer['render']>[1]);
    await outer.teardown?.();
    expect(fs.promises.writeFile).toBe(original.writeFile);
    expect(calls).toEqual(['paths', 'render', 'teardown']);
  });
});
