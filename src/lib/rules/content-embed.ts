import { EXAMPLE_FILE, exampleRunbook, profileRule } from './content-profile-rule.ts';

export const contentEmbed = profileRule('embed', {
  id: 'content/embed',
  description: 'Images load only from the site itself: files in content/assets/ shown as /assets/<file> (PNG, JPEG, GIF, WebP, AVIF; no SVG).',
  examples: [
    { name: 'an image from content/assets/', files: { [EXAMPLE_FILE]: exampleRunbook('## 증상\n\n![대시보드](/assets/cache-dashboard.png)\n'), 'assets/cache-dashboard.png': 'PNG' }, expect: [] },
    {
      name: 'an image from another site, an SVG and a missing file',
      files: {
        [EXAMPLE_FILE]: exampleRunbook('## 증상\n\n![원격](https://evil.example/pixel.png)\n\n<img src="/assets/logo.svg" />\n\n![없음](/assets/missing.png)\n'),
        'assets/logo.svg': '<svg/>',
      },
      expect: [
        { file: `content/${EXAMPLE_FILE}`, line: 10, severity: 'error', message: 'images load only from the site itself' },
        { file: `content/${EXAMPLE_FILE}`, line: 12, severity: 'error', message: 'SVG images are not allowed' },
        { file: `content/${EXAMPLE_FILE}`, line: 14, severity: 'error', message: 'Cannot find content/assets/missing.png' },
      ],
    },
  ],
});
