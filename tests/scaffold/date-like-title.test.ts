/** A title that looks like a date is the text its author typed: `new` quotes it, and the check reads it as text. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../src/node/load-handbook.ts';
import { emptyHandbook, runCheck, runNew } from './helpers.ts';

describe('date-like titles', () => {
  it('new quotes them, and the check accepts the record with the title as text', async () => {
    const root = emptyHandbook();
    const created = runNew(root, ['incident', '--title', '2026-11-25', '--severity', 'P3', '--service', 'order-api', '--author', 'kim-minsu']);
    const file = created.stdout.trim();
    const text = readFileSync(path.join(root, file), 'utf8');
    expect(text).toContain('title: "2026-11-25"');
    expect(runCheck(root).report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const handbook = await loadHandbook(root);
    expect(handbook.documents.find((d) => d.file === file)?.data).toMatchObject({ title: '2026-11-25' });
  });

  it('a hand-written unquoted date-like title is text too', async () => {
    const root = emptyHandbook();
    const created = runNew(root, ['runbook', '--title', 'placeholder', '--service', 'order-api', '--author', 'kim-minsu']);
    const file = path.join(root, created.stdout.trim());
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: 2026-11-25'));
    const handbook = await loadHandbook(root);
    expect(handbook.problems).toEqual([]);
    expect(handbook.documents[0]?.data).toMatchObject({ title: '2026-11-25' });
  });
});
