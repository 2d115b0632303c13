/** `npm run new` from flags: every kind passes the check, nothing is overwritten, bad flags exit 2. */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyHandbook, runCheck, runNew } from './helpers.ts';

const KINDS: [string, string[]][] = [
  ['runbook', ['runbook', '--title', 'Redis failover', '--scenario', 'db-replica-failure', '--service', 'redis-cache']],
  ['incident', ['incident', '--title', '결제 API 응답 지연', '--severity', 'P2', '--service', 'payment-api', '--scenario', 'app-slow-response']],
  [
    'security incident',
    ['incident', '--title', 'Admin API key leak', '--severity', 'P1', '--category', 'security', '--service', 'admin-api', '--started', '2026-11-26T09:00'],
  ],
  ['change', ['change', '--title', 'order-db MySQL 8.4 업그레이드', '--risk', 'high', '--service', 'order-db,order-api']],
  [
    'historic incident',
    [
      'incident',
      '--title',
      '주문 DB 장애',
      '--severity',
      'P2',
      '--service',
      'order-db',
      '--scenario',
      'db-primary-failure',
      '--started-at',
      '2021-03-10T01:00:00Z',
      '--detected-at',
      '2021-03-10T01:05:00Z',
      '--acknowledged-at',
      '2021-03-10T01:20:00Z',
      '--mitigated-at',
      '2021-03-09T17:40:00-08:00',
      '--resolved-at',
      '2021-03-10T03:00:00Z',
    ],
  ],
  [
    'historic change',
    [
      'change',
      '--title',
      'order-db failover config',
      '--service',
      'order-db',
      '--requested-at',
      '2021-03-08T10:00',
      '--executed-at',
      '2021-03-09T22:00',
      '--result',
      'failed',
    ],
  ],
  ['emergency change', ['change', '--title', '긴급 인증서 교체', '--type', 'emergency', '--reason', 'security-vulnerability', '--service', 'auth-api']],
  ['routine', ['routine', '--routine', 'backup-restore-test', '--outcome', 'pass']],
  ['daily report', ['report']],
  ['weekly report', ['report', '--period', '2026-W48']],
  ['monthly report', ['report', '--period', '2026-11']],
  ['quarterly report', ['report', '--period', '2026-Q4']],
];

describe('npm run new (flags, no terminal)', () => {
  it.each(KINDS)('a new %s passes the check and names what is left to write', (_, args) => {
    const root = emptyHandbook();
    const created = runNew(root, [...args, '--author', 'lee-seoyeon']);
    expect(created.stderr).not.toMatch(/opsbook:/);
    expect(created.code).toBe(0);
    const file = created.stdout.trim();
    expect(file).toMatch(/^content\/.+\.mdx$/);
    const { code, report } = runCheck(root);
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
    const placeholders = report.diagnostics.filter((d) => d.rule === 'document/placeholder');
    expect(placeholders.length).toBeGreaterThan(0);
    expect(placeholders.every((d) => d.file === file && d.severity === 'warning')).toBe(true);
  });

  it('the walk-through of the README: an incident from a title and a severity', () => {
    const root = emptyHandbook();
    const created = runNew(root, ['incident', '--title', '결제 API 응답 지연', '--severity', 'P2']);
    expect(created.code).toBe(0);
    const file = created.stdout.trim();
    // Korean words are not transliterated: the id keeps the English word and a random suffix.
    expect(file).toMatch(/^content\/incidents\/2026\/2026-11-26-api-[0-9a-f]{4}\.mdx$/);
    // No e-mail in git: the first team lead, and the tool says so.
    expect(created.stderr).toContain('kim-minsu');
    const text = readFileSync(path.join(root, file), 'utf8');
    expect(text).toContain('commander: kim-minsu');
    expect(text).toContain('started: 2026-11-26T14:03:00+09:00');
    for (const heading of ['## 영향', '## 타임라인', '## 근본 원인', '## 해결', '## 재발 방지', '## 프로세스 개선']) expect(text).toContain(heading);
    const { code, report } = runCheck(root);
    expect(code).toBe(0);
    expect(report.summary.error).toBe(0);
    const named = report.diagnostics.filter((d) => d.rule === 'document/placeholder').map((d) => d.message);
    expect(named).toContain('Expected a real id in services.0, found the placeholder "todo"');
    expect(named.some((m) => m.startsWith('Expected the section "근본 원인" to be written'))).toBe(true);
  });

  it('takes the author from git config user.email when it is in the roster', () => {
    const root = emptyHandbook();
    const created = runNew(root, ['change', '--title', 'Rotate API keys'], {
      GIT_AUTHOR_EMAIL: '',
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'user.email',
      GIT_CONFIG_VALUE_0: 'Eunji.Kang@hanbit.example',
    });
    expect(created.code).toBe(0);
    expect(readFileSync(path.join(root, created.stdout.trim()), 'utf8')).toContain('requester: kang-eunji');
    expect(created.stderr).not.toContain('첫 팀장');
  });

  it('never overwrites: a report for a period that exists is refused and the file is unchanged', () => {
    const root = emptyHandbook();
    const target = path.join(root, 'content/reports/weekly/2026-W48.mdx');
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, 'written by a person\n');
    const again = runNew(root, ['report', '--period', '2026-W48']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(target, 'utf8')).toBe('written by a person\n');
  });

  it('never overwrites: an explicit --id that exists is refused; a generated one moves aside', () => {
    const root = emptyHandbook();
    const first = runNew(root, ['change', '--title', 'Kafka disk expand', '--service', 'kafka']);
    expect(first.stdout.trim()).toBe('content/changes/2026/2026-11-26-kafka-disk-expand.mdx');
    const before = readFileSync(path.join(root, first.stdout.trim()), 'utf8');
    const clash = runNew(root, ['change', '--title', 'Kafka disk expand', '--id', '2026-11-26-kafka-disk-expand']);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain('already exists');
    const second = runNew(root, ['change', '--title', 'Kafka disk expand', '--service', 'kafka']);
    expect(second.code).toBe(0);
    expect(second.stdout.trim()).toMatch(/^content\/changes\/2026\/2026-11-26-kafka-disk-expand-[0-9a-f]{4}\.mdx$/);
    expect(readFileSync(path.join(root, first.stdout.trim()), 'utf8')).toBe(before);
    // Two records of one routine on one day get -2.
    expect(runNew(root, ['routine', '--routine', 'access-review', '--outcome', 'pass']).stdout.trim()).toBe('content/routines/access-review/2026-11-26.mdx');
    expect(runNew(root, ['routine', '--routine', 'access-review', '--outcome', 'fail']).stdout.trim()).toBe('content/routines/access-review/2026-11-26-2.mdx');
  });

  it.each([
    [['incident', '--title', 'x'], 'Missing --severity'],
    [['incident', '--title', 'x', '--severity', 'P5'], 'Expected --severity to be one of P1, P2, P3, P4, found "P5"'],
    [['incident', '--title', 'x', '--severity', 'P2', '--scenario', 'db-primary-failur'], 'did you mean "db-primary-failure"?'],
    [['change'], 'Missing --title'],
    [['change', '--title', 'x', '--type', 'emergency'], 'Missing --reason'],
    [['routine', '--routine', 'backup-restore', '--outcome', 'pass'], 'did you mean "backup-restore-test"?'],
    [['report', '--period', '2026-13'], 'Expected --period to be a real period'],
    [['report', '--period', '2026-W48', '--cadence', 'monthly'], 'for --cadence monthly'],
    [['runbook', '--title', 'x', '--author', 'kim-minso'], 'did you mean "kim-minsu"?'],
    [['incident', '--title', 'x', '--severity', 'P2', '--service', 'Payment API'], 'Expected --service to be a lower-case id'],
    [['postmortem'], 'Expected the kind of document first'],
    [['incident', '--titel', 'x'], "Unknown option '--titel'"],
  ])('bad flags %j exit 2 with a clear message', (args, message) => {
    const root = emptyHandbook();
    const result = runNew(root, args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });
});
