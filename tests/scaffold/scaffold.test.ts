/** The pure scaffolder: ids, authors, periods, and documents that load without problems. */
import { readFileSync } from 'node:fs';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check.ts';
import { buildHandbook, loadDocument } from '../../src/lib/handbook.ts';
import { readPolicy } from '../../src/lib/policy-source.ts';
import { bodyPlaceholders, fieldPlaceholders, newId, resolveAuthor, scaffold, slugify } from '../../src/lib/scaffold/index.ts';
import { ScaffoldError } from '../../src/lib/errors.ts';

const policy = readPolicy(readFileSync('content/policy.yaml', 'utf8')).policy!;
const now = Temporal.Instant.from('2026-12-31T23:30:00+09:00');
const ctx = { policy, now, author: 'kim-minsu', existingKeys: new Set<string>(), random: () => 'beef' };

describe('slugify and newId', () => {
  it('keeps English words, drops Korean without transliterating, and says it did', () => {
    expect(slugify('Upgrade order-db to MySQL 8.4')).toEqual({ slug: 'upgrade-order-db-to-mysql-8', lossy: false });
    expect(slugify('결제 API 응답 지연')).toEqual({ slug: 'api', lossy: true });
    expect(slugify('긴급 패치!')).toEqual({ slug: '', lossy: true });
    expect(slugify('Café outage')).toEqual({ slug: 'cafe-outage', lossy: true });
  });

  const request = { date: '2026-11-26', kind: 'incident', time: '1403', taken: () => false, random: () => 'a1b2' };
  it.each([
    ['Redis failover', undefined, '2026-11-26-redis-failover'],
    ['결제 API 응답 지연', undefined, '2026-11-26-api-a1b2'],
    ['결제 API 응답 지연', 'payment-api', '2026-11-26-payment-api-a1b2'],
    ['긴급 패치', undefined, '2026-11-26-incident-1403-a1b2'],
  ])('%s (service %s) → %s', (title, service, id) => {
    expect(newId({ ...request, title, service })).toBe(id);
  });

  it('moves aside when the id is taken, retrying the random part', () => {
    const taken = new Set(['2026-11-26-redis-failover', '2026-11-26-redis-failover-0001']);
    const values = ['0001', '0002'];
    expect(newId({ ...request, title: 'Redis failover', taken: (id) => taken.has(id), random: () => values.shift()! })).toBe('2026-11-26-redis-failover-0002');
  });
});

describe('resolveAuthor', () => {
  it('matches git e-mail case-insensitively, else falls back to the first team lead and says so', () => {
    expect(resolveAuthor(policy, undefined, 'JIWOO.Han@hanbit.example')).toEqual({ id: 'han-jiwoo' });
    const fallback = resolveAuthor(policy, undefined, 'someone@else.example');
    expect(fallback.id).toBe('kim-minsu');
    expect(fallback.note).toContain('someone@else.example');
    expect(resolveAuthor(policy, undefined, undefined).note).toContain('user.email');
    expect(() => resolveAuthor(policy, 'nobody', undefined)).toThrow(ScaffoldError);
  });
});

describe('scaffold', () => {
  it('dates a document in the policy time zone (23:30 KST on 31 December is still 2026)', () => {
    const s = scaffold('change', { title: 'Year end freeze' }, ctx);
    expect(s.path).toBe('changes/2026/2026-12-31-year-end-freeze.mdx');
    expect(s.text).toContain('requested_at: 2026-12-31T23:30:00+09:00');
  });

  it("infers the report cadence from the period, defaulting to today's daily report", () => {
    expect(scaffold('report', {}, ctx).path).toBe('reports/daily/2026-12-31.mdx');
    expect(scaffold('report', { cadence: 'weekly' }, ctx).path).toBe('reports/weekly/2026-W53.mdx');
    expect(scaffold('report', { period: '2026-Q4' }, ctx).path).toBe('reports/quarterly/2026-Q4.mdx');
    expect(() => scaffold('report', { period: '2026-W54' }, ctx)).toThrow(/real period/);
  });

  it('refuses a timeline out of order', () => {
    expect(() => scaffold('incident', { title: 'x', severity: 'P3', started: '2026-12-31T10:00', detected: '2026-12-31T09:00' }, ctx)).toThrow(
      /started ≤ detected/,
    );
  });

  it('names the runbook of the incident scenario in the resolution guidance', () => {
    const s = scaffold(
      'incident',
      { title: 'Replica down', severity: 'P2', scenario: ['db-replica-failure'] },
      { ...ctx, runbooks: [{ id: 'db-replica-failure', scenarios: ['db-replica-failure'] }] },
    );
    expect(s.text).toContain('scenarios: [db-replica-failure]');
    expect(s.text).toContain('이 시나리오의 런북: runbooks/db-replica-failure');
  });

  it('records several scenarios of an incident, the primary first', () => {
    const s = scaffold('incident', { title: 'Partition', severity: 'P1', scenario: ['net-disconnect', 'db-primary-failure'] }, ctx);
    expect(s.text).toContain('scenarios: [net-disconnect, db-primary-failure]');
    expect(s.text).not.toMatch(/^scenario:/m);
  });

  it('writes YAML that loads, with placeholders the rule can find', () => {
    for (const kind of ['runbook', 'incident', 'change', 'routine', 'report'] as const) {
      const s = scaffold(kind, { title: 'T', severity: 'P1', routine: 'failover-drill', outcome: 'fail' }, ctx);
      const loaded = loadDocument({ path: s.path, bytes: s.text });
      expect(loaded.problems).toEqual([]);
      expect(fieldPlaceholders(loaded.document!.data).length + bodyPlaceholders(loaded.document!.body).length).toBeGreaterThan(0);
      const diagnostics = runCheck(buildHandbook(policy, [{ path: s.path, bytes: s.text }]), { now: now.add({ hours: 1 }) });
      expect(diagnostics.filter((d) => d.severity === 'error' && d.file === `content/${s.path}`)).toEqual([]);
    }
  });

  it('writes short id lists inline, as the examples do', () => {
    const s = scaffold('runbook', { title: 'Kafka lag', services: ['kafka', 'order-api'], scenario: ['db-replication-lag'] }, ctx);
    expect(s.text).toContain('services: [kafka, order-api]\n');
    expect(s.text).toContain('scenarios: [db-replication-lag]\n');
  });
});

describe('scaffolding history', () => {
  // The 2018 GitHub outage, as its public postmortem gives the times (UTC), written up years later.
  const historic = {
    title: '깃허브 네트워크 분단과 데이터베이스 장애',
    severity: 'P1',
    services: ['order-db'],
    scenario: ['db-primary-failure'],
    started: '2018-10-21T22:52:00Z',
    detected: '2018-10-21T22:54:00Z',
    acknowledged: '2018-10-21T23:07:00Z',
    mitigated: '2018-10-22T08:24:00-08:00',
    resolved: '2018-10-22T23:03:00Z',
  };

  it('keeps the offsets as written, and names the file by the policy-zone day', () => {
    const s = scaffold('incident', historic, ctx);
    // 22:52 UTC on the 21st is 07:52 KST on the 22nd: the file name and folder follow the policy zone.
    expect(s.path).toBe('incidents/2018/2018-10-22-order-db-db-primary-failure-beef.mdx');
    expect(s.text).toContain('  started: 2018-10-21T22:52:00Z\n');
    expect(s.text).toContain('  detected: 2018-10-21T22:54:00Z\n');
    expect(s.text).toContain('  acknowledged: 2018-10-21T23:07:00Z\n');
    expect(s.text).toContain('  mitigated: 2018-10-22T08:24:00-08:00\n');
    expect(s.text).toContain('  resolved: 2018-10-22T23:03:00Z\n');
    expect(s.text).toContain('status: resolved\n'); // what the timestamps say
    expect(loadDocument({ path: s.path, bytes: s.text }).problems).toEqual([]);
  });

  it('invents no acknowledgement: left out, and the check asks for it instead of reporting an MTTA of years', () => {
    const s = scaffold('incident', { ...historic, acknowledged: undefined, mitigated: undefined, resolved: undefined }, ctx);
    expect(s.text).not.toContain('acknowledged:');
    expect(s.text).toContain('status: investigating\n');
    expect(s.notes.join('\n')).toContain('timeline.acknowledged: 기록하지 않았습니다');
    const diagnostics = runCheck(buildHandbook(policy, [{ path: s.path, bytes: s.text }]), { now });
    const sla = diagnostics.filter((d) => d.rule === 'incident/response-sla');
    expect(sla.map((d) => d.message)).toEqual([expect.stringContaining('timeline.acknowledged is not recorded')]);
  });

  it('refuses history out of order, naming the steps given', () => {
    expect(() => scaffold('incident', { ...historic, resolved: '2018-10-21T23:00:00Z' }, ctx)).toThrow(/mitigated ≤ resolved/);
  });

  it('a change with the times it was requested and executed, filed by the requested day', () => {
    const s = scaffold(
      'change',
      {
        title: '결제 DB 파라미터 변경',
        services: ['payment-db'],
        requestedAt: '2019-03-04T18:00:00-08:00',
        executedAt: '2019-03-06T02:00:00Z',
        result: 'succeeded',
      },
      ctx,
    );
    // Requested 18:00 PST on 4 March = 11:00 KST on 5 March.
    expect(s.path).toBe('changes/2019/2019-03-05-payment-db-beef.mdx');
    expect(s.text).toContain('requested_at: 2019-03-04T18:00:00-08:00\n');
    expect(s.text).toContain('executed_at: 2019-03-06T02:00:00Z\n');
    expect(s.text).toContain('result: succeeded\n');
    expect(loadDocument({ path: s.path, bytes: s.text }).problems).toEqual([]);
    expect(() => scaffold('change', { title: 'x', result: 'succeeded' }, ctx)).toThrow(/--result needs --executed-at/);
    expect(() => scaffold('change', { title: 'x', requestedAt: '2019-03-06T00:00Z', executedAt: '2019-03-05T00:00Z' }, ctx)).toThrow(
      /requested_at ≤ executed_at/,
    );
  });

  it('names a Korean-only title by its service and scenario, still with a suffix that keeps it unique', () => {
    const request = { date: '2018-10-22', kind: 'incident', time: '0752', taken: () => false, random: () => 'ba44' };
    expect(newId({ ...request, title: 'github.com 24시간 11분 43초 DB 장애', service: 'github-com', scenario: 'db-primary-failure' })).toBe(
      '2018-10-22-github-com-db-primary-failure-ba44',
    );
    expect(newId({ ...request, title: '데이터베이스 장애', scenario: 'db-primary-failure' })).toBe('2018-10-22-db-primary-failure-ba44');
  });
});
