/**
 * The store of indexed pages' copies (src/node/search-copies.ts) may only make an incremental build
 * faster: its copies are trusted only under the hash of the code that made them, and a store that is cut
 * short, damaged or from other code gives none.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyCodeFingerprint, readCopies, writeCopies } from '../../src/node/search-copies.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'opsbook-copies-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('copyCodeFingerprint', () => {
  it('changes with the entry module and with every module it imports by a relative path, not with others', () => {
    const src = path.join(dir, 'src');
    mkdirSync(path.join(src, 'node'), { recursive: true });
    mkdirSync(path.join(src, 'lib'), { recursive: true });
    const entry = path.join(src, 'node', 'index.ts');
    writeFileSync(entry, "import { scan } from '../lib/scan.ts';\nimport path from 'node:path';\n");
    writeFileSync(path.join(src, 'lib', 'scan.ts'), "export { forms } from './forms.ts';\nexport const scan = 1;\n");
    writeFileSync(path.join(src, 'lib', 'forms.ts'), 'export const forms = 1;\n');
    writeFileSync(path.join(src, 'lib', 'unrelated.ts'), 'export const other = 1;\n');
    const first = copyCodeFingerprint(entry);
    expect(first).toBeDefined();
    writeFileSync(path.join(src, 'lib', 'unrelated.ts'), 'export const other = 2;\n');
    expect(copyCodeFingerprint(entry)).toBe(first);
    writeFileSync(path.join(src, 'lib', 'forms.ts'), 'export const forms = 2;\n');
    const second = copyCodeFingerprint(entry);
    expect(second).not.toBe(first);
    rmSync(path.join(src, 'lib', 'forms.ts'));
    expect(copyCodeFingerprint(entry)).toBeUndefined();
  });

  it("covers the search indexer's own modules", () => {
    expect(copyCodeFingerprint(path.resolve('src/node/search-index.ts'))).toMatch(/^[\w-]{43}$/);
  });
});

describe('readCopies', () => {
  const store = path.join(dir, 'copies.jsonl');
  const pages = [
    ['runbooks/a/index.html', 'ka', '<html><body data-pagefind-body>복제 지연</body></html>'],
    ['runbooks/b/index.html', 'kb', '<html><body data-pagefind-body>메모리 "누수"\n</body></html>'],
  ] as const;

  it('gives back what was written, under the same code only', () => {
    writeCopies(store, 'code-1', pages);
    expect([...readCopies(store, 'code-1')]).toEqual(pages.map(([file, key, content]) => [file, { key, content }]));
    expect(readCopies(store, 'code-2').size).toBe(0);
  });

  it('gives nothing for a store cut short, damaged or missing', () => {
    writeCopies(store, 'code-1', pages);
    const whole = readFileSync(store, 'utf8');
    writeFileSync(store, whole.slice(0, whole.lastIndexOf('\n', whole.length - 2) + 1));
    expect(readCopies(store, 'code-1').size).toBe(0);
    writeFileSync(store, whole.replace('"kb"', '7'));
    expect(readCopies(store, 'code-1').size).toBe(0);
    writeFileSync(store, whole.replace('"ka",', ''));
    expect(readCopies(store, 'code-1').size).toBe(0);
    rmSync(store);
    expect(readCopies(store, 'code-1').size).toBe(0);
  });
});
