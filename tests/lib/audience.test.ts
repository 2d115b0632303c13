/** The audience's view of a handbook (src/lib/audience.ts) and which commits a public page may describe. */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { forAudience } from '../../src/lib/audience.ts';
import { runCheck, runCheckAsync } from '../../src/lib/check.ts';
import { commitShower } from '../../src/lib/commit-visibility.ts';
import { exampleIncident } from '../../src/lib/rules/incident-example.ts';
import { exampleRunbook } from '../../src/lib/rules/runbook-example.ts';
import { parseGitLog } from '../../src/node/git-history.ts';
import { handbookOf } from '../rules/helpers.ts';

const leak = exampleIncident(
  { 'detected: 2026-11-02T10:05:00+09:00': 'detected: 2026-08-25T10:05:00+09:00' },
  'visibility: restricted\nrunbooks: [db-primary-failure]',
);

describe('forAudience', () => {
  const handbook = {
    ...handbookOf({
      'runbooks/db-primary-failure.mdx': exampleRunbook(),
      'incidents/2026/leak.mdx': leak,
      'incidents/2026/broken.mdx': '---\ntitle: 깨진 파일\n---\n',
    }),
    codeowners: '* @team\n',
  };

  it('leaves out restricted documents, their keys and problems, and CODEOWNERS', () => {
    const view = forAudience(handbook, 'public');
    expect(view.documents.map((d) => d.key)).toEqual(['runbook:db-primary-failure']);
    expect([...view.byKey.keys()]).toEqual(['runbook:db-primary-failure']);
    // A file that did not load has no visibility to read: it stays.
    expect([...view.knownKeys].sort()).toEqual(['incident:broken', 'runbook:db-primary-failure']);
    expect(view.problems.every((p) => p.file === 'content/incidents/2026/broken.mdx')).toBe(true);
    expect(view.codeowners).toBeUndefined();
    expect(handbook.documents).toHaveLength(2);
  });

  it('gives the restricted audience the handbook itself', () => {
    expect(forAudience(handbook, 'restricted')).toBe(handbook);
  });

  it('keeps handbook-wide findings from describing a restricted document', () => {
    const now = Temporal.Instant.from('2027-03-01T09:00:00+09:00');
    const full = runCheck(handbook, { now }).filter((d) => d.rule === 'runbook/exercised');
    const view = runCheck(forAudience(handbook, 'public'), { now }).filter((d) => d.rule === 'runbook/exercised');
    expect(full[0]?.message).toContain('2026-08-25');
    expect(view).toHaveLength(1);
    expect(view[0]!.message).not.toContain('2026-08-25');
  });
});

describe('the check over a view, given the full check', () => {
  const secretIn = (text: string, password: string) => `${text}\n\`\`\`bash\nexport MYSQL_PWD=${password}\n\`\`\`\n`;
  const handbook = handbookOf({
    'runbooks/db-primary-failure.mdx': secretIn(exampleRunbook(), 'Tr0ub4dor'),
    'incidents/2026/leak.mdx': secretIn(leak, 'Restr1cted'),
    'incidents/2026/broken.mdx': secretIn('---\ntitle: 깨진 파일\n---\n', 'Br0kenF1le'),
  });
  const now = Temporal.Instant.from('2026-11-20T09:00:00+09:00');
  const secrets = (diagnostics: readonly { rule: string; file: string }[]) => diagnostics.filter((d) => d.rule === 'content/secret').map((d) => d.file);

  it('finds what a check of the view alone finds, the secret scan copied for the files the view holds', async () => {
    const full = await runCheckAsync(handbook, { now });
    expect(secrets(full)).toContain('content/incidents/2026/leak.mdx');
    const view = forAudience(handbook, 'public');
    const copied = await runCheckAsync(view, { now, fullRun: full });
    expect(copied).toEqual(await runCheckAsync(view, { now }));
    expect(secrets(copied).sort()).toEqual(['content/incidents/2026/broken.mdx', 'content/runbooks/db-primary-failure.mdx']);
  });

  it('takes the per-file findings from the full check instead of scanning again', async () => {
    const view = forAudience(handbook, 'public');
    expect(secrets(await runCheckAsync(view, { now, fullRun: [] }))).toEqual([]);
  });
});

describe('commit subjects on public pages', () => {
  const log = (subject: string, files: string[]) =>
    `\x1eh-${subject}\x1f2026-11-22T10:00:00+09:00\x1f김민수\x1fminsu.kim@hanbit.example\x1f${subject}\n\n${files.join('\n')}\n`;
  const history = parseGitLog(
    log('public', ['content/runbooks/a.mdx', 'content/policy.yaml']) +
      log('mixed', ['content/runbooks/a.mdx', 'content/incidents/2026/leak.mdx']) +
      log('gone', ['content/runbooks/a.mdx', 'content/runbooks/old-name.mdx']),
  );
  const publicFiles = new Set(['content/runbooks/a.mdx']);

  it('shows a subject only when every path of the commit is a public document (or the policy)', () => {
    const shown = history.get('content/runbooks/a.mdx')!.map(commitShower(publicFiles));
    expect(shown.map((c) => (c.withheld ? `withheld ${c.date}` : c.subject))).toEqual([
      'public',
      'withheld 2026-11-22T10:00:00+09:00',
      'withheld 2026-11-22T10:00:00+09:00',
    ]);
    // Only the date is left: nothing of the subject, author or hash.
    expect(Object.keys(shown[1]!).sort()).toEqual(['date', 'withheld']);
  });

  it('shows every subject to the restricted audience', () => {
    expect(
      history
        .get('content/runbooks/a.mdx')!
        .map(commitShower(undefined))
        .every((c) => !c.withheld),
    ).toBe(true);
  });
});
