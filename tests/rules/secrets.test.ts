/**
 * `content/secret`: what it finds and where, that no document or policy override silences it, that every
 * file under content/ is scanned, and that the fingerprint allowlist is the one narrow way out.
 */
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { Temporal } from 'temporal-polyfill';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheckAsync } from '../../src/lib/check.ts';
import { contentSecret } from '../../src/lib/rules/content-secret.ts';
import { loadHandbook } from '../../src/node/load-handbook.ts';
import { FIXTURE_POLICY_TEXT, handbookDir } from '../helpers/handbook.ts';
import { SAMPLES } from '../helpers/samples.ts';
import { EXAMPLE_NOW, runRule } from './helpers.ts';

const RUNBOOK = 'runbooks/db-primary-failure.mdx';
const RUNBOOK_FILE = `content/${RUNBOOK}`;
const JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJiYWNrdXAtam9iIn0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk4';
const SLACK = 'https://hooks.slack.com/services/T12345678/B12345678/AbCdEfGhIjKlMnOpQrStUvWx';
const fingerprint = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

/** The sample runbook with `lines` added to its last section, inside a code block. */
const runbookWith = (...lines: string[]) => `${SAMPLES[RUNBOOK]}\n\`\`\`bash\n${lines.join('\n')}\n\`\`\`\n`;

const secrets = (files: Record<string, string>, options: Parameters<typeof runRule>[2] = {}) => runRule(contentSecret, files, options);

describe('each kind of secret errors at its own line', () => {
  const lines = {
    jwt: `curl -H "Authorization: Bearer ${JWT}" https://backup.internal/api`,
    'aws-access-key-id': 'export AWS_ACCESS_KEY_ID=AKIA2E0A8F3B244C9986',
    slack: `curl -X POST ${SLACK} -d @alert.json`,
    'url-credentials': 'curl https://admin:S3cr3t@grafana.internal:3000/api/health',
    'password-assignment': 'export MYSQL_PWD=Tr0ub4dor',
  };
  const text = runbookWith(...Object.values(lines));

  it.each(Object.entries(lines))('%s', async (kind, line) => {
    const { handbook, findings } = await secrets({ [RUNBOOK]: text });
    expect(handbook.problems).toEqual([]);
    expect(findings.map((f) => [f.line, f.severity])).toEqual(Object.values(lines).map((l) => [lineOf(text, l), 'error']));
    const finding = findings.find((f) => f.line === lineOf(text, line))!;
    expect(finding.message).toContain(`(${kind})`);
  });

  it('prints the fingerprint of the matched text and never the secret', async () => {
    const { findings } = await secrets({ [RUNBOOK]: runbookWith(lines['password-assignment']) });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain(fingerprint('Tr0ub4dor'));
    expect(findings[0]!.message).not.toContain('Tr0ub4dor');
    expect(findings[0]!.message).toMatch(/^Found a secret .*; remove it, rotate it/);
  });
});

it('leaves placeholders and references alone', async () => {
  const { findings } = await secrets({
    [RUNBOOK]: runbookWith(
      'export MYSQL_PWD=${MYSQL_PWD}',
      'password: <비밀번호>',
      'password=$DB_PASSWORD',
      'token: {{ .Values.token }}',
      'api_key: ****',
      'secret: xxxxxxxx',
      'password: changeme',
      'api_key: example-key',
      'password: ""',
      'secret: vault:secret/data/order-db#password',
      'git clone https://deploy:${TOKEN}@git.internal/repo.git',
    ),
  });
  expect(findings).toEqual([]);
});

describe('nothing silences it but the allowlist', () => {
  const suppressed = SAMPLES[RUNBOOK].replace(
    'last_reviewed:',
    'suppress:\n  - rule: content/secret\n    reason: 테스트용 가짜 비밀번호라서 유출 아님\nlast_reviewed:',
  );

  it('a suppressed secret still errors, and the suppression entry is an error at its line', async () => {
    const text = `${suppressed}\n\`\`\`bash\nexport MYSQL_PWD=Tr0ub4dor\n\`\`\`\n`;
    const { handbook, findings } = await secrets({ [RUNBOOK]: text });
    expect(handbook.problems).toEqual([]);
    expect(findings.map((f) => [f.line, f.severity, f.suppressed])).toEqual([
      [lineOf(text, 'rule: content/secret'), 'error', undefined],
      [lineOf(text, 'MYSQL_PWD'), 'error', undefined],
    ]);
    expect(findings[0]!.message).toContain('secrets cannot be suppressed by a document');
    expect(findings[0]!.message).toContain('secrets.allow in content/policy.yaml');
  });

  it.each(['off', 'info', 'warning'])('policy rules: content/secret: %s keeps it an error and is reported at its line', async (level) => {
    const { handbook, findings } = await secrets({ [RUNBOOK]: runbookWith('export MYSQL_PWD=Tr0ub4dor') }, { policy: { rules: { 'content/secret': level } } });
    expect(findings.map((f) => [f.file, f.line, f.severity])).toEqual([
      ['content/policy.yaml', handbook.policyLocate!(['rules', 'content/secret']).line, 'error'],
      [RUNBOOK_FILE, expect.any(Number), 'error'],
    ]);
    expect(findings[0]!.message).toContain(`set to "${level}"`);
  });

  const example = `${SAMPLES[RUNBOOK]}\n키 형식: \`AKIAIOSFODNN7EXAMPLE\`\n`;
  const allow = (file?: string) => ({
    secrets: { allow: [{ fingerprint: fingerprint('AKIAIOSFODNN7EXAMPLE'), ...(file ? { file } : {}), reason: 'AWS 문서의 EXAMPLE 키' }] },
  });

  it('an allowlisted fingerprint passes in the file it names, and only there', async () => {
    const files = { [RUNBOOK]: example, 'guide/overview.mdx': `${SAMPLES['guide/overview.mdx']}\n\`AKIAIOSFODNN7EXAMPLE\`\n` };
    const { findings } = await secrets(files, { policy: allow(RUNBOOK_FILE) });
    expect(findings.map((f) => f.file)).toEqual(['content/guide/overview.mdx']);
  });

  it('an allowlisted fingerprint without a file passes everywhere', async () => {
    const { findings } = await secrets(
      { [RUNBOOK]: example, 'guide/overview.mdx': `${SAMPLES['guide/overview.mdx']}\n\`AKIAIOSFODNN7EXAMPLE\`\n` },
      { policy: allow() },
    );
    expect(findings).toEqual([]);
  });

  it('allows nothing else: another secret in the same file still errors', async () => {
    const { findings } = await secrets({ [RUNBOOK]: `${example}\nAKIA2E0A8F3B244C9986\n` }, { policy: allow(RUNBOOK_FILE) });
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining(fingerprint('AKIA2E0A8F3B244C9986'))]);
  });
});

describe('every file under content/ is scanned', () => {
  it('a secret in policy.yaml errors at its line, comments included', async () => {
    const policyText = FIXTURE_POLICY_TEXT.replace(/^timezone:/m, `# 알림: ${SLACK}\ntimezone:`);
    const { findings } = await secrets({ [RUNBOOK]: SAMPLES[RUNBOOK] }, { policyText });
    expect(findings.map((f) => [f.file, f.line, f.severity])).toEqual([['content/policy.yaml', lineOf(policyText, SLACK), 'error']]);
  });

  it('a document that failed its schema is still scanned', async () => {
    const broken = runbookWith('export MYSQL_PWD=Tr0ub4dor').replace('owner: jung-hayoung\n', '');
    const { handbook, findings } = await secrets({ [RUNBOOK]: broken });
    expect(handbook.documents).toEqual([]);
    expect(findings.map((f) => [f.file, f.line])).toEqual([[RUNBOOK_FILE, lineOf(broken, 'MYSQL_PWD')]]);
  });

  it('a file with broken YAML is still scanned', async () => {
    const broken = `---\ntitle: [\n---\npassword: Tr0ub4dor\n`;
    const { findings } = await secrets({ [RUNBOOK]: broken });
    expect(findings.map((f) => [f.file, f.line])).toEqual([[RUNBOOK_FILE, 4]]);
  });

  describe('from disk', () => {
    let root: string | undefined;
    afterEach(() => {
      if (root) rmSync(root, { recursive: true, force: true });
    });

    it('finds secrets in policy.yaml, in files that are not documents and in dot files, not in binary files', async () => {
      const policyText = FIXTURE_POLICY_TEXT.replace(/^timezone:/m, `# ${SLACK}\ntimezone:`);
      root = handbookDir(
        {
          [RUNBOOK]: SAMPLES[RUNBOOK],
          'runbooks/scripts/restore.sh': '#!/bin/sh\nexport MYSQL_PWD=Tr0ub4dor\n',
          'runbooks/.env': 'API_KEY=0f3c9a71d2\n',
          'runbooks/diagram.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, ...new TextEncoder().encode('password=Tr0ub4dor')]),
        },
        policyText,
      );
      const handbook = await loadHandbook(root);
      const diagnostics = await runCheckAsync(handbook, { now: Temporal.Instant.from(EXAMPLE_NOW), rules: [contentSecret] });
      // (The stray files are also content listing problems; only the secret findings are asserted here.)
      expect(diagnostics.filter((d) => d.rule === contentSecret.id).map((d) => [d.file, d.line])).toEqual([
        ['content/policy.yaml', lineOf(policyText, SLACK)],
        ['content/runbooks/.env', 1],
        ['content/runbooks/scripts/restore.sh', 2],
      ]);
    });
  });
});
