/** `npm run preview-pages`: the pages of the documents a pull request changes, for the step summary beside the preview artifact. */
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { formatPreviewPages, previewPages } from '../lib/preview-pages.ts';
import { changedFiles, defaultBase } from '../node/git.ts';
import { loadHandbook } from '../node/load-handbook.ts';
import { COMMON_FLAGS, defineCommand } from './args.ts';

const PREVIEW = defineCommand({
  usage: 'npm run preview-pages -- [options]',
  flags: {
    base: COMMON_FLAGS.base,
    artifact: { type: 'string', value: 'NAME', description: 'the name the preview was uploaded under (default: site-preview)' },
    root: COMMON_FLAGS.root,
  },
  notes: `Prints a markdown table of the changed documents and their pages in the built public site, and appends
it to $GITHUB_STEP_SUMMARY when that is set.`,
});

export async function previewPagesCommand(argv: string[]): Promise<number> {
  const args = PREVIEW.parse(argv);
  const { values } = args;
  const root = path.resolve(values.root ?? '.');
  const changed = await changedFiles(root, values.base ?? (await defaultBase(root)));
  const text = formatPreviewPages(previewPages(await loadHandbook(root), changed, 'public'), values.artifact ?? 'site-preview');
  process.stdout.write(text);
  if (process.env.GITHUB_STEP_SUMMARY) await appendFile(process.env.GITHUB_STEP_SUMMARY, `\n${text}`);
  return 0;
}
