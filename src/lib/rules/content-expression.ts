import { EXAMPLE_FILE, exampleRunbook, profileRule } from './content-profile-rule.ts';

export const contentExpression = profileRule('expression', {
  id: 'content/expression',
  description: 'No JavaScript expressions in a document ({…}, attribute values in braces, spreads); comments {/* … */} are allowed.',
  examples: [
    {
      name: 'a comment and an escaped brace',
      files: { [EXAMPLE_FILE]: exampleRunbook('## 증상\n\n{/* 검토 필요 */}\n\n설정은 \\{ "ttl": 60 \\} 입니다.\n') },
      expect: [],
    },
    {
      name: 'an expression that reads the environment, and one in an attribute',
      files: { [EXAMPLE_FILE]: exampleRunbook('## 증상\n\n{process.env.AWS_SECRET_ACCESS_KEY}\n\n<a href={process.env.HOME}>홈</a>\n') },
      expect: [
        { file: `content/${EXAMPLE_FILE}`, line: 10, severity: 'error', message: 'JavaScript expression' },
        { file: `content/${EXAMPLE_FILE}`, line: 12, severity: 'error', message: 'href={…}' },
      ],
    },
  ],
});
