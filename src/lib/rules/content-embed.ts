import { ASSET_EXTENSIONS } from '../content-profile.ts';
import { EXAMPLE_FILE, exampleRunbook, profileRule } from './content-profile-rule.ts';
import type { RuleContext } from './types.ts';

/** Files in content/assets/ of a type the site does not publish (SVG can run script when opened directly). */
function assetTypes(ctx: RuleContext): void {
  for (const file of ctx.handbook.assets ?? []) {
    const extension = /\.([^./]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
    if ((ASSET_EXTENSIONS as readonly string[]).includes(extension)) continue;
    const why = extension === 'svg' ? 'SVG can run script when opened directly' : 'the site publishes only images';
    ctx.report({
      file: `content/${file}`,
      line: 1,
      column: 1,
      message: `Expected an image of type ${ASSET_EXTENSIONS.join(', ')} in content/assets/, found "${file}" (${why}); convert it to PNG or WebP, or remove it`,
    });
  }
}

export const contentEmbed = profileRule(
  'embed',
  {
    id: 'content/embed',
    description: 'Images load only from the site itself: files in content/assets/ shown as /assets/<file> (PNG, JPEG, GIF, WebP, AVIF; no SVG).',
    examples: [
      {
        name: 'an image from content/assets/',
        files: { [EXAMPLE_FILE]: exampleRunbook('## 증상\n\n![대시보드](/assets/cache-dashboard.png)\n'), 'assets/cache-dashboard.png': 'PNG' },
        expect: [],
      },
      {
        name: 'an image from another site, an SVG and a missing file',
        files: {
          [EXAMPLE_FILE]: exampleRunbook(
            '## 증상\n\n![원격](https://evil.example/pixel.png)\n\n<img src="/assets/logo.svg" />\n\n![없음](/assets/missing.png)\n',
          ),
          'assets/logo.svg': '<svg/>',
        },
        expect: [
          { file: 'content/assets/logo.svg', line: 1, severity: 'error', message: 'SVG can run script' },
          { file: `content/${EXAMPLE_FILE}`, line: 10, severity: 'error', message: 'images load only from the site itself' },
          { file: `content/${EXAMPLE_FILE}`, line: 12, severity: 'error', message: 'SVG images are not allowed' },
          { file: `content/${EXAMPLE_FILE}`, line: 14, severity: 'error', message: 'Cannot find content/assets/missing.png' },
        ],
      },
    ],
  },
  assetTypes,
);
