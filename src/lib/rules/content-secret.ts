/**
 * No secrets in content: secretlint's recommended rules (cloud keys, tokens, private keys, connection
 * strings with passwords, Slack webhooks, basic auth) plus our own patterns for what they miss (JWTs, lone
 * AWS key ids, any URL credentials, password assignments; `../secrets.ts`), over every file under
 * `content/`, valid or not, policy.yaml included. A committed secret has leaked whatever its document
 * says, so documents cannot suppress this rule and the policy cannot lower it: a false positive is allowed
 * only by its fingerprint in policy.yaml's `secrets.allow`.
 */
import { lintSource } from '@secretlint/core';
import { secretLintProfiler } from '@secretlint/profiler';
import { rules as recommendedRules } from '@secretlint/secretlint-rule-preset-recommend';
import type { AnyDocument } from '../handbook.ts';
import { POLICY_FILE } from '../policy-source.ts';
import { findSecrets, overlaps, SECRET_KIND_LABELS, secretFingerprint } from '../secrets.ts';
import type { Rule, RuleContext } from './types.ts';
import { mdx } from './util.ts';

// secretlint's profiler marks every lint in the global performance timeline and rescans all marks on
// each one: quadratic (the bench spent 92 of 98 s there at 3,000 documents). We never read its profile.
// Keep @secretlint/profiler at the version @secretlint/core uses (npm ls shows it deduped), or this misses.
secretLintProfiler.mark = () => {};

// The preset's rules one by one, less `filter-comments`: it honours `secretlint-disable` comments, which
// would be a suppression inside the document. (Disabling it inside the preset's config has no effect in
// @secretlint/core 12: preset rules ignore `disabled`.)
const CONFIG = {
  rules: recommendedRules.filter((rule) => rule.meta.id !== '@secretlint/secretlint-rule-filter-comments').map((rule) => ({ id: rule.meta.id, rule })),
};

const ID = 'content/secret';

/** How many files are scanned at once: enough to overlap, few enough to bound memory. */
const BATCH = 32;

const ALLOW_HINT = 'if it is not a secret, add its fingerprint to secrets.allow in content/policy.yaml';

/** One file to scan: its text exactly as its lines are numbered. */
interface Scan {
  file: string;
  text: string;
  document?: AnyDocument;
}

/** A secret found, from secretlint or our patterns: where it starts, the exact text, how to name it (masked). */
interface Hit {
  index: number;
  text: string;
  line?: number;
  column?: number;
  /** The secretlint rule or our pattern that found it. */
  kind: string;
  /** What was found, the secret masked. */
  detail: string;
}

async function hitsIn(scan: Scan): Promise<Hit[]> {
  const result = await lintSource({
    source: { content: scan.text, filePath: scan.file, ext: '.md', contentType: 'text' },
    options: { config: CONFIG, maskSecrets: true, noPhysicFilePath: true },
  });
  const hits: Hit[] = result.messages.map((m) => ({
    index: m.range[0],
    text: scan.text.slice(m.range[0], m.range[1]),
    line: m.loc.start.line,
    column: m.loc.start.column + 1,
    kind: m.ruleId.replace(/^@secretlint\/secretlint-rule-/, ''),
    detail: m.message,
  }));
  for (const m of findSecrets(scan.text)) {
    // secretlint's basic-auth and connection-string rules already cover some URL credentials.
    if (hits.some((h) => overlaps(h, m.index, m.text.length))) continue;
    hits.push({ index: m.index, text: m.text, kind: m.kind, detail: `found ${SECRET_KIND_LABELS[m.kind]}: ${'*'.repeat(m.text.length)}` });
  }
  return hits;
}

function position(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: index - lineStart + 1 };
}

/** Text of a file that is not a document, normalised as documents are; undefined for binary files (images). */
function textOf(bytes: Uint8Array | string): string | undefined {
  if (typeof bytes !== 'string' && bytes.subarray(0, 8000).includes(0)) return undefined;
  const text = typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes);
  if (text.includes('\0')) return undefined;
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function scansOf(ctx: RuleContext): Scan[] {
  // The normalised file, line for line, so positions are the file's.
  const scans: Scan[] = ctx.targets.map((document) => ({ file: document.file, text: `---\n${document.frontmatter}---\n${document.body}`, document }));
  for (const other of ctx.handbook.otherFiles) {
    if (!ctx.inScope(other.file)) continue;
    const text = textOf(other.read());
    if (text !== undefined) scans.push({ file: other.file, text });
  }
  return scans;
}

/** The exceptions this rule does not take: a document's suppression and a lower level in `rules:`. */
function reportBypasses(ctx: RuleContext): void {
  for (const document of ctx.targets) {
    document.data.suppress.forEach((s, i) => {
      if (s.rule !== ID) return;
      ctx.report({
        document,
        at: ['suppress', i, 'rule'],
        message: `Found a suppression of ${ID}, which has no effect: secrets cannot be suppressed by a document; remove the entry, and ${ALLOW_HINT}`,
      });
    });
  }
  const level = ctx.policy.rules[ID];
  if (level !== undefined && level !== 'error') {
    const at = ctx.handbook.policyLocate?.(['rules', ID]) ?? { line: 1, column: 1 };
    ctx.report({
      file: POLICY_FILE,
      ...at,
      message: `Found ${ID} set to "${level}" under rules, which has no effect: secret scanning stays an error; remove the entry, and allow a false positive by its fingerprint in secrets.allow`,
    });
  }
}

const RUNBOOK = 'content/runbooks/backup-restore.mdx';
const runbook = (body: string, extra = '') =>
  mdx(`title: 백업 복구\nsummary: 백업에서 복구\nservices: [order-db]\nowner: jung-hayoung\nlast_reviewed: 2026-11-01\n${extra}`, body);
// A made-up token (jwt.io's sample) and the fingerprint of `AKIAIOSFODNN7EXAMPLE`, AWS's documented fake key.
const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
const EXAMPLE_KEY_FINGERPRINT = 'sha256:1a5d44a2dca19669d72edf4c4f1c27c4c1ca4b4408fbb17f6ce4ad452d78ddb3';

export const contentSecret: Rule = {
  id: ID,
  category: 'document',
  severity: 'error',
  suppressible: false,
  perFile: true,
  source: '보안 운영 → 접근 관리',
  description:
    "No secrets in any file under content/ (cloud keys, tokens, JWTs, private keys, webhooks, passwords in URLs and assignments), by secretlint's recommended rules and our own; not suppressible, false positives only by fingerprint in the policy's secrets.allow.",
  async checkAsync(ctx) {
    reportBypasses(ctx);
    const allow = ctx.policy.secrets.allow;
    const scans = scansOf(ctx);
    for (let i = 0; i < scans.length; i += BATCH) {
      await Promise.all(
        scans.slice(i, i + BATCH).map(async (scan) => {
          for (const hit of await hitsIn(scan)) {
            const fingerprint = await secretFingerprint(hit.text);
            if (allow.some((a) => a.fingerprint === fingerprint && (a.file === undefined || a.file === scan.file))) continue;
            const at = hit.line === undefined ? position(scan.text, hit.index) : { line: hit.line, column: hit.column! };
            ctx.report({
              ...(scan.document ? { document: scan.document } : {}),
              file: scan.file,
              ...at,
              message: `Found a secret (${hit.kind}): ${hit.detail}, fingerprint ${fingerprint}; remove it, rotate it, and refer to the secret store instead; ${ALLOW_HINT}`,
            });
          }
        }),
      );
    }
  },
  examples: [
    {
      name: 'the password comes from the secret store',
      files: { 'runbooks/backup-restore.mdx': runbook('```bash\nmysql --login-path=dba -h order-db-1 orders\n```\n') },
      expect: [],
    },
    {
      name: 'a database password in a connection string',
      files: { 'runbooks/backup-restore.mdx': runbook('## 복구\n\n```bash\nmysql://admin:S3cr3tPassw0rd@order-db-1:3306/orders\n```\n') },
      expect: [{ file: RUNBOOK, line: 11, severity: 'error', message: 'database-connection-string' }],
    },
    {
      name: 'a JWT',
      files: { 'runbooks/backup-restore.mdx': runbook(`## 복구\n\n\`\`\`bash\ncurl -H "Authorization: Bearer ${JWT}" https://backup.internal/api\n\`\`\`\n`) },
      expect: [{ file: RUNBOOK, line: 11, severity: 'error', message: 'found JSON Web Token' }],
    },
    {
      name: 'an AWS access key id on its own',
      files: { 'runbooks/backup-restore.mdx': runbook('## 복구\n\n백업 버킷은 AKIA2E0A8F3B244C9986 키로 읽습니다.\n') },
      expect: [{ file: RUNBOOK, line: 10, severity: 'error', message: 'found AWS access key id' }],
    },
    {
      name: 'a Slack webhook',
      files: {
        'runbooks/backup-restore.mdx': runbook('## 알림\n\n`https://hooks.slack.com/services/T12345678/B12345678/AbCdEfGhIjKlMnOpQrStUvWx`로 보냅니다.\n'),
      },
      expect: [{ file: RUNBOOK, line: 10, severity: 'error', message: 'slack' }],
    },
    {
      name: 'credentials in a URL',
      files: { 'runbooks/backup-restore.mdx': runbook('## 확인\n\n```bash\ncurl https://admin:S3cr3t@grafana.internal:3000/api/health\n```\n') },
      expect: [{ file: RUNBOOK, line: 11, severity: 'error', message: 'found credentials in a URL' }],
    },
    {
      name: 'a password assignment',
      files: { 'runbooks/backup-restore.mdx': runbook('## 복구\n\n```bash\nexport MYSQL_PWD=Tr0ub4dor\n```\n') },
      expect: [{ file: RUNBOOK, line: 11, severity: 'error', message: 'found password assignment' }],
    },
    {
      name: 'placeholders and references are not secrets',
      files: {
        'runbooks/backup-restore.mdx': runbook(
          '## 복구\n\n```bash\nexport MYSQL_PWD=${MYSQL_PWD}\npassword: <비밀번호>\ntoken: {{ .Values.token }}\napi_key: ****\nsecret: vault:secret/data/backup#key\ngit clone https://deploy:$TOKEN@git.internal/backup.git\n```\n',
        ),
      },
      expect: [],
    },
    {
      name: 'a secretlint-disable comment does not hide one',
      files: {
        'runbooks/backup-restore.mdx': runbook(
          '## 복구\n\n{/* secretlint-disable -- 예시 값 */}\n\n```bash\nmysql://admin:S3cr3tPassw0rd@order-db-1:3306/orders\n```\n',
        ),
      },
      expect: [{ file: RUNBOOK, line: 13, severity: 'error', message: 'database-connection-string' }],
    },
    {
      name: 'a document cannot suppress it: the secret stays an error, and so is the suppression',
      files: {
        'runbooks/backup-restore.mdx': runbook(
          '## 복구\n\n```bash\nexport MYSQL_PWD=Tr0ub4dor\n```\n',
          'suppress:\n  - rule: content/secret\n    reason: 테스트용 가짜 비밀번호라서 유출 아님',
        ),
      },
      expect: [
        { file: RUNBOOK, line: 8, severity: 'error', message: 'cannot be suppressed' },
        { file: RUNBOOK, line: 14, severity: 'error', message: 'found password assignment' },
      ],
    },
    {
      name: 'the policy cannot turn it off',
      policy: { rules: { [ID]: 'off' } },
      files: { 'runbooks/backup-restore.mdx': runbook('## 복구\n\n```bash\nexport MYSQL_PWD=Tr0ub4dor\n```\n') },
      expect: [
        { file: POLICY_FILE, at: ['rules', ID], severity: 'error', message: 'has no effect' },
        { file: RUNBOOK, line: 11, severity: 'error', message: 'found password assignment' },
      ],
    },
    {
      name: 'a secret in policy.yaml',
      policy: { organization: 'https://ops:Hunter2pass@wiki.internal' },
      files: {},
      expect: [{ file: POLICY_FILE, at: ['organization'], severity: 'error', message: 'found credentials in a URL' }],
    },
    {
      name: "AWS's documented example key, allowed by its fingerprint for this file",
      policy: { secrets: { allow: [{ fingerprint: EXAMPLE_KEY_FINGERPRINT, file: RUNBOOK, reason: '예시 문서의 가짜 키 (AWS 문서의 EXAMPLE 키)' }] } },
      files: { 'runbooks/backup-restore.mdx': runbook('## 예시\n\n키 형식: `AKIAIOSFODNN7EXAMPLE`\n') },
      expect: [],
    },
    {
      name: 'an allowed fingerprint in another file than the one named',
      policy: {
        secrets: { allow: [{ fingerprint: EXAMPLE_KEY_FINGERPRINT, file: 'content/runbooks/db-primary-failure.mdx', reason: '예시 문서의 가짜 키' }] },
      },
      files: { 'runbooks/backup-restore.mdx': runbook('## 예시\n\n키 형식: `AKIAIOSFODNN7EXAMPLE`\n') },
      expect: [{ file: RUNBOOK, line: 10, severity: 'error', message: EXAMPLE_KEY_FINGERPRINT }],
    },
  ],
};
