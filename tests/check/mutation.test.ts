/**
 * Randomly corrupted copies of the example documents: the checker never throws, never reports line 0 or
 * a line past the end of the file, and its verdict is always "clean" or "errors" (never "could not run").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glob } from 'tinyglobby';
import { runCheck } from '../../src/lib/check.ts';
import { buildHandbook } from '../../src/lib/handbook.ts';
import { FIXED_NOW, fixturePolicy } from '../helpers/handbook.ts';
import { MUTATIONS, prng } from '../helpers/mutations.ts';
import { SAMPLES } from '../helpers/samples.ts';

async function corpus(): Promise<Record<string, string>> {
  const files: Record<string, string> = { ...SAMPLES };
  const example = await glob(['**/*.mdx'], { cwd: 'content' });
  for (const f of example.slice(0, 60)) files[f] = readFileSync(`content/${f}`, 'utf8');
  return files;
}

describe('mutation', () => {
  it('never throws and keeps every line inside its file, over 600 corrupted copies', async () => {
    const files = await corpus();
    const names = Object.keys(files);
    const policy = fixturePolicy();
    const random = prng(20261126);
    const kinds = Object.keys(MUTATIONS);
    for (let round = 0; round < 600; round++) {
      const name = names[Math.floor(random() * names.length)]!;
      const kind = kinds[Math.floor(random() * kinds.length)]!;
      let text = files[name]!;
      const times = 1 + Math.floor(random() * 3);
      for (let k = 0; k < times; k++) text = MUTATIONS[kind]!(text, random);
      const lineCount = Math.max(1, text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n').length);
      const context = `round ${round}: ${kind}×${times} on ${name}`;
      let diagnostics;
      try {
        diagnostics = runCheck(
          buildHandbook(
            policy,
            Object.entries(files).map(([p, b]) => ({ path: p, bytes: p === name ? text : b })),
          ),
          {
            now: FIXED_NOW,
            onlyFiles: new Set([`content/${name}`]),
          },
        );
      } catch (error) {
        throw new Error(`${context}: threw ${String(error)}`);
      }
      for (const d of diagnostics.filter((x) => x.file === `content/${name}`)) {
        expect(d.line, context).toBeGreaterThanOrEqual(1);
        expect(d.line, `${context}: ${d.rule} ${d.message}`).toBeLessThanOrEqual(lineCount);
        expect(d.column, context).toBeGreaterThanOrEqual(1);
        expect(d.message.length, context).toBeGreaterThan(0);
      }
      expect(
        diagnostics.some((d) => d.message.includes('internal error')),
        context,
      ).toBe(false);
    }
    // 600 full checks of a 60-document handbook: ~20 s alone, over a minute beside the browser and build
    // tests on two cores. The bound is for a hang, not a speed claim (speed is `npm run bench`'s job).
  }, 300_000);
});
