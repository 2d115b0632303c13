import { EXAMPLE_FILE, exampleRunbook, profileRule } from './content-profile-rule.ts';

export const contentComponent = profileRule('component', {
  id: 'content/component',
  description: "JSX components only from opsbook's registered ones (the guide's policy tables), each alone on its line with no attributes.",
  examples: [
    { name: 'a registered component on its own line', files: { [EXAMPLE_FILE]: exampleRunbook('## 증상\n\n<ThresholdTable />\n') }, expect: [] },
    {
      name: 'a misspelt component, and an unknown one',
      files: { [EXAMPLE_FILE]: exampleRunbook('## 증상\n\n<SeverityTabel />\n\n<Exfiltrate />\n') },
      expect: [
        { file: `content/${EXAMPLE_FILE}`, line: 10, severity: 'error', message: 'did you mean <SeverityTable />' },
        { file: `content/${EXAMPLE_FILE}`, line: 12, severity: 'error', message: 'Cannot find the component <Exfiltrate>' },
      ],
    },
  ],
});
