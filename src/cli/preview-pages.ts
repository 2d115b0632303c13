/** `npm run preview-pages`: the pages of the documents a pull request changes, for the step summary beside the preview artifact. */
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { formatPreviewPages, previewPages } from '../lib/preview-pages.ts';
import { changedFiles, defaultBase } from '../node/git.ts';
import { loadHandbook } from '../node/load-handbook.ts';
import { parseCommandArgs } from './args.ts';

const PREVIEW_USAGE = `Usage: npm run preview-pages -- [options]

  --base REF       compare with REF (default: origin/main, else main)
  --artifact NAME  the name the preview was uploaded under (default: site-preview)
  --root DIR       handbook root (default: current folder)

Prints a markdown table of the changed documents and their pages in the built public site, and appends
it to $GITHUB_STEP_SUMMARY when that is set.`;

export async function previewPagesCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, {
    base: { type: 'string' },
    artifact: { type: 'string' },
    root: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${PREVIEW_USAGE}\n`);
    return 0;
  }
  const root = path.resolve(values.root ?? '.');
  const changed = await changedFiles(root, values.base ?? (await defaultBase(root)));
  const text = formatPreviewPages(previewPages(await loadHandbook(root), changed, 'public'), values.artifact ?? 'site-preview');
  process.stdout.write(text);
  if (process.env.GITHUB_STEP_SUMMARY) await appendFile(process.env.GITHUB_STEP_SUMMARY, `\n${text}`);
  return 0;
}
