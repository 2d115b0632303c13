import { EXAMPLE_FILE, exampleRunbook, profileRule } from './content-profile-rule.ts';

export const contentHtml = profileRule('html', {
  id: 'content/html',
  description:
    'Raw HTML only from the allowlist of harmless elements and attributes (no script, style, iframe, object, embed, form, on* handlers or style attributes).',
  examples: [
    {
      name: 'harmless HTML: a collapsible section and a keyboard key',
      files: { [EXAMPLE_FILE]: exampleRunbook('## 증상\n\n<details><summary>전체 로그</summary>로그</details>\n\n<kbd>Ctrl</kbd>+<kbd>C</kbd>\n') },
      expect: [],
    },
    {
      name: 'a script, an event handler and a style attribute',
      files: {
        [EXAMPLE_FILE]: exampleRunbook(
          '## 증상\n\n<script>alert(1)</script>\n\n<img src="/assets/x.png" onerror="alert(1)" />\n\n<span style="background:url(https://evil.example/x)">x</span>\n',
        ),
      },
      expect: [
        { file: `content/${EXAMPLE_FILE}`, line: 10, severity: 'error', message: '<script>' },
        { file: `content/${EXAMPLE_FILE}`, line: 12, severity: 'error', message: 'event handlers run script' },
        { file: `content/${EXAMPLE_FILE}`, line: 14, severity: 'error', message: 'the attribute style' },
      ],
    },
  ],
});
