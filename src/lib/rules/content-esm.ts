import { EXAMPLE_FILE, exampleRunbook, profileRule } from './content-profile-rule.ts';

export const contentEsm = profileRule('esm', {
  id: 'content/esm',
  description: 'No import or export in a document: documents are data, never code that runs at build time.',
  examples: [
    { name: 'a policy table through a registered component', files: { [EXAMPLE_FILE]: exampleRunbook('## 증상\n\n<SeverityTable />\n') }, expect: [] },
    {
      name: 'importing a module (or another document)',
      files: { [EXAMPLE_FILE]: exampleRunbook("## 증상\n\nimport fs from 'node:fs'\n\nexport const home = 1\n") },
      expect: [
        { file: `content/${EXAMPLE_FILE}`, line: 10, severity: 'error', message: 'import/export' },
        { file: `content/${EXAMPLE_FILE}`, line: 12, severity: 'error', message: 'import/export' },
      ],
    },
  ],
});
