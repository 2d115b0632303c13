/** Nothing under content/ is skipped without a word: odd names, stray files and symlinks are diagnostics. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../src/node/load-handbook.ts';
import { handbookDir } from '../helpers/handbook.ts';
import { SAMPLES } from '../helpers/samples.ts';

const RUNBOOK = SAMPLES['runbooks/db-primary-failure.mdx'];

async function problemsIn(setup: (content: string) => void) {
  const root = handbookDir(SAMPLES);
  setup(path.join(root, 'content'));
  const handbook = await loadHandbook(root);
  return { handbook, problems: handbook.problems.map((p) => `${p.file}: ${p.message}`).sort() };
}

describe('content listing', () => {
  it('reports odd names and stray files, and leaves .gitkeep alone', async () => {
    const { problems } = await problemsIn((content) => {
      writeFileSync(path.join(content, 'runbooks/x.MDX'), RUNBOOK);
      writeFileSync(path.join(content, 'runbooks/.hidden.mdx'), RUNBOOK);
      writeFileSync(path.join(content, 'runbooks/..mdx'), RUNBOOK);
      writeFileSync(path.join(content, 'runbooks/notes.txt'), 'memo');
      writeFileSync(path.join(content, 'runbooks/.gitkeep'), '');
    });
    expect(problems).toEqual([
      expect.stringMatching(/^content\/runbooks\/\.\.mdx: .*does not start with "\."/),
      expect.stringMatching(/^content\/runbooks\/\.hidden\.mdx: .*does not start with "\."/),
      expect.stringMatching(/^content\/runbooks\/notes\.txt: Expected only documents/),
      expect.stringMatching(/^content\/runbooks\/x\.MDX: Expected an \.mdx file/),
    ]);
  });

  it('symlinks: inside the repository read as the file; dangling, loops, folders and outside targets are errors', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'opsbook-outside-'));
    writeFileSync(path.join(outside, 'secret.mdx'), RUNBOOK);
    const { handbook, problems } = await problemsIn((content) => {
      mkdirSync(path.join(content, '../shared'), { recursive: true });
      writeFileSync(path.join(content, '../shared/linked.mdx'), RUNBOOK.replace('프라이머리 DB 장애', '링크된 런북'));
      symlinkSync('../../shared/linked.mdx', path.join(content, 'runbooks/linked.mdx'));
      symlinkSync(path.join(outside, 'secret.mdx'), path.join(content, 'runbooks/outside.mdx'));
      symlinkSync('missing.mdx', path.join(content, 'runbooks/dangling.mdx'));
      symlinkSync('loop-b.mdx', path.join(content, 'runbooks/loop-a.mdx'));
      symlinkSync('loop-a.mdx', path.join(content, 'runbooks/loop-b.mdx'));
      symlinkSync('../runbooks', path.join(content, 'guide/folder-link'));
    });
    expect(problems).toEqual([
      expect.stringMatching(/^content\/guide\/folder-link: .*symlink to a folder/),
      expect.stringMatching(/^content\/runbooks\/dangling\.mdx: .*points to nothing/),
      expect.stringMatching(/^content\/runbooks\/loop-a\.mdx: .*symlink loop/),
      expect.stringMatching(/^content\/runbooks\/loop-b\.mdx: .*symlink loop/),
      expect.stringMatching(/^content\/runbooks\/outside\.mdx: .*outside the repository/),
    ]);
    expect(handbook.byKey.get('runbook:linked')?.data).toMatchObject({ title: '링크된 런북' });
    expect(handbook.byKey.has('runbook:outside')).toBe(false);
  });
});
