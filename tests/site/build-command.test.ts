/** `npm run build` publishes nothing when the check finds errors: it stops before Astro runs. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCommand } from '../../src/cli/build.ts';
import { UsageError } from '../../src/lib/errors.ts';
import { handbookDir } from '../helpers/handbook.ts';

afterEach(() => vi.restoreAllMocks());

describe('build command', () => {
  it('exits 1 and writes no output folder when a document has errors', async () => {
    const root = handbookDir({ 'runbooks/broken.mdx': '---\ntitle: 깨진 런북\nunknown_field: 1\n---\n본문\n' });
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const code = await buildCommand(['--root', root, '--now', '2026-11-26T09:00:00+09:00']);
    expect(code).toBe(1);
    expect(existsSync(path.join(root, 'dist'))).toBe(false);
    const printed = stderr.mock.calls.map((c) => String(c[0])).join('');
    expect(printed).toContain('content/runbooks/broken.mdx');
    expect(printed).toContain('nothing was built or published');
  });

  it('rejects an unknown audience before doing anything', async () => {
    await expect(buildCommand(['--audience', 'everyone'])).rejects.toThrow(UsageError);
  });
});
