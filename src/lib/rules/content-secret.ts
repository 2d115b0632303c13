/**
 * No secrets in content: secretlint's recommended rules (cloud keys, tokens, private keys, connection
 * strings with passwords) over the whole file, through its core API, with line and column.
 */
import { lintSource } from '@secretlint/core';
import { secretLintProfiler } from '@secretlint/profiler';
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend';
import type { Rule } from './types.ts';
import { mdx } from './util.ts';

// secretlint's profiler marks every lint in the global performance timeline and rescans all marks on
// each one: quadratic (the bench spent 92 of 98 s there at 3,000 documents). We never read its profile.
// Keep @secretlint/profiler at the version @secretlint/core uses (npm ls shows it deduped), or this misses.
secretLintProfiler.mark = () => {};

const CONFIG = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommended }] };

/** How many files are scanned at once: enough to overlap, few enough to bound memory. */
const BATCH = 32;

const runbook = (body: string) => mdx('title: 백업 복구\nsummary: 백업에서 복구\nservices: [order-db]\nowner: jung-hayoung\nlast_reviewed: 2026-11-01', body);

export const contentSecret: Rule = {
  id: 'content/secret',
  category: 'document',
  severity: 'error',
  source: '보안 운영 → 접근 관리',
  description: "No secrets (cloud keys, tokens, private keys, passwords in connection strings) in documents, by secretlint's recommended rules.",
  async checkAsync(ctx) {
    const targets = ctx.targets;
    for (let i = 0; i < targets.length; i += BATCH) {
      await Promise.all(
        targets.slice(i, i + BATCH).map(async (document) => {
          // The normalised file, line for line, so secretlint's positions are the file's.
          const content = `---\n${document.frontmatter}---\n${document.body}`;
          const result = await lintSource({
            source: { content, filePath: document.file, ext: '.md', contentType: 'text' },
            options: { config: CONFIG, maskSecrets: true, noPhysicFilePath: true },
          });
          for (const m of result.messages) {
            ctx.report({
              document,
              line: m.loc.start.line,
              column: m.loc.start.column + 1,
              message: `Found a secret (${m.ruleId.replace(/^@secretlint\/secretlint-rule-/, '')}): ${m.message}; remove it, rotate it, and refer to the secret store instead`,
            });
          }
        }),
      );
    }
  },
  examples: [
    { name: 'the password comes from the secret store', files: { 'runbooks/backup-restore.mdx': runbook('```bash\nmysql --login-path=dba -h order-db-1 orders\n```\n') }, expect: [] },
    {
      name: 'a database password in a connection string',
      files: { 'runbooks/backup-restore.mdx': runbook('## 복구\n\n```bash\nmysql://admin:S3cr3tPassw0rd@order-db-1:3306/orders\n```\n') },
      expect: [{ file: 'content/runbooks/backup-restore.mdx', line: 11, severity: 'error', message: 'database-connection-string' }],
    },
  ],
};
