import { EXAMPLE_FILE, exampleRunbook, profileRule } from './content-profile-rule.ts';

export const contentUrl = profileRule('url', {
  id: 'content/url',
  description: 'Every link is https:, http:, mailto: or a site path; never javascript:, vbscript: or data: (body links, link definitions and href attributes).',
  examples: [
    {
      name: 'links to another site, a mail address and a site page',
      files: { [EXAMPLE_FILE]: exampleRunbook('## 증상\n\n[상태](https://status.example.com/), [메일](mailto:sre@example.com), [준수](/compliance/)\n') },
      expect: [],
    },
    {
      name: 'a javascript: link, a data: definition and a javascript: href',
      files: {
        [EXAMPLE_FILE]: exampleRunbook(
          '## 증상\n\n[누르세요](javascript:alert(1))\n\n[ref]: data:text/html,<script>alert(1)</script>\n\n<a href="JavaScript:alert(1)">a</a>\n',
        ),
      },
      expect: [
        { file: `content/${EXAMPLE_FILE}`, line: 10, severity: 'error', message: '"javascript:" URL is not allowed' },
        { file: `content/${EXAMPLE_FILE}`, line: 12, severity: 'error', message: '"data:" URL is not allowed' },
        { file: `content/${EXAMPLE_FILE}`, line: 14, severity: 'error', message: '"javascript:" URL is not allowed' },
      ],
    },
  ],
});
