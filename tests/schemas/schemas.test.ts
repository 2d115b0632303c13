/** Every kind's schema: a valid example passes; typical mistakes give pinned, readable messages. */
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/lib/handbook.ts';
import { readPolicy } from '../../src/lib/policy-source.ts';
import { FIXTURE_POLICY_TEXT } from '../helpers/handbook.ts';
import { SAMPLES } from '../helpers/samples.ts';

function messages(path: string, text: string) {
  return loadDocument({ path, bytes: text }).problems.map((p) => `${p.line}: ${p.message}`);
}

describe('schemas', () => {
  it.each(Object.entries(SAMPLES))('%s is valid', (path, text) => {
    const loaded = loadDocument({ path, bytes: text });
    expect(loaded.problems).toEqual([]);
    expect(loaded.document?.file).toBe(`content/${path}`);
  });

  it('derives ids and kinds from paths', () => {
    const ids = Object.entries(SAMPLES).map(([path, bytes]) => loadDocument({ path, bytes }).document!.key);
    expect(ids).toEqual([
      'runbook:db-primary-failure',
      'incident:2026-09-14-order-db-failover',
      'change:2026-09-13-db-param-change',
      'routine:backup-restore-test/2026-10-15',
      'report:weekly/2026-W42',
      'report:daily/2026-11-25',
      'guide:overview',
    ]);
  });

  it('guide', () => {
    expect(messages('guide/x.mdx', '---\ntitle: 개요\norder: first\n---\n')).toMatchInlineSnapshot(`
      [
        "3: Expected a number for "order", found "first"",
        "2: Missing required field "section"",
      ]
    `);
  });

  it('runbook', () => {
    expect(messages('runbooks/x.mdx', '---\ntitle: x\nsummary: ""\nservices: []\nowner: Kim\nlast_reviewed: 2026-13-01\n---\n')).toMatchInlineSnapshot(`
      [
        "3: Expected "summary" to be at least 1 character(s), found """,
        "4: Expected at least 1 item(s) in "services"",
        "5: Expected an id of lower-case letters, digits, Hangul and "-" (e.g. "order-db" or "복제-지연") ("owner")",
        "6: Expected a real calendar date, found "2026-13-01" ("last_reviewed")",
      ]
    `);
  });

  it('incident', () => {
    const text = SAMPLES['incidents/2026/2026-09-14-order-db-failover.mdx']
      .replace('status: closed', 'status: done')
      .replace('detection: monitoring', 'detection: pager')
      .replace('  acknowledged: 2026-09-14T02:15:00+09:00\n', '  acknowledged: 2026-09-14 02:15\n')
      .replace('commander: kim-minsu', 'commandr: kim-minsu');
    expect(messages('incidents/2026/x.mdx', text)).toMatchInlineSnapshot(`
      [
        "4: Expected one of investigating, mitigated, resolved, postmortem, closed for "status", found "done"",
        "7: Expected one of monitoring, user-report, automated-check for "detection", found "pager"",
        "2: Missing required field "commander"",
        "13: Expected a timestamp with an offset, found "2026-09-14 02:15"; write it like "2026-11-25T14:03:00+09:00" ("timeline.acknowledged")",
        "8: Unknown field "commandr"; did you mean "commander"?",
      ]
    `);
  });

  it('change', () => {
    const text = SAMPLES['changes/2026/2026-09-13-db-param-change.mdx']
      .replace('type: normal', 'type: urgent')
      .replace('result: succeeded', 'result: ok')
      .replace('risk: medium', 'risk: medium\nemergency: { reason: because }');
    expect(messages('changes/2026/x.mdx', text)).toMatchInlineSnapshot(`
      [
        "3: Expected one of standard, normal, emergency for "type", found "urgent"",
        "17: Expected one of succeeded, failed, rolled-back for "result", found "ok"",
        "8: Expected one of outage-risk, security-vulnerability, data-loss-risk for "emergency.reason", found "because"",
      ]
    `);
  });

  it('change approvals: a person or an automated gate, never both or neither', () => {
    const base = SAMPLES['changes/2026/2026-09-13-db-param-change.mdx'];
    const withApprovals = (list: string) => base.replace(/approvals:\n(  - .*\n(    .*\n)*)/, `approvals:\n${list}\n`);
    expect(messages('changes/2026/x.mdx', withApprovals('  - { gate: ci-policy-check, at: 2026-09-13T10:00:00+09:00 }'))).toEqual([]);
    const both = messages('changes/2026/x.mdx', withApprovals('  - { approver: kim-minsu, gate: ci-policy-check, at: 2026-09-13T10:00:00+09:00 }'));
    const neither = messages('changes/2026/x.mdx', withApprovals('  - { at: 2026-09-13T10:00:00+09:00 }'));
    for (const m of [both, neither]) expect(m.join('\n')).toContain('Expected exactly one of approver (a person) or gate (an automated check)');
  });

  it('routine', () => {
    expect(messages('routines/backup-restore-test/2026-10-15.mdx', '---\nperformed_at: 2026-10-15\nperformer: han-jiwoo\noutcome: ok\n---\n'))
      .toMatchInlineSnapshot(`
      [
        "2: Expected a timestamp with an offset, found "2026-10-15"; write it like "2026-11-25T14:03:00+09:00" ("performed_at")",
        "4: Expected one of pass, fail for "outcome", found "ok"",
      ]
    `);
  });

  it('report: each cadence has its own figures', () => {
    expect(messages('reports/weekly/2026-W42.mdx', '---\nauthor: lee-seoyeon\nperformance:\n  cpu_pct: { avg: 140, max: 90 }\n---\n')).toMatchInlineSnapshot(`
      [
        "4: Expected "performance.cpu_pct.avg" to be at most 100, found number 140",
        "3: Missing required field "performance.memory_pct"",
        "3: Missing required field "performance.response_ms"",
        "3: Missing required field "performance.throughput_rps"",
        "3: Missing required field "performance.error_rate_pct"",
      ]
    `);
    expect(
      messages(
        'reports/daily/2026-11-25.mdx',
        '---\nauthor: lee-seoyeon\nsystem_status: normal\nbackups: { full: yes, incremental: true }\nperiod: 2026-11-25\n---\n',
      ),
    ).toMatchInlineSnapshot(`
      [
        "4: Expected true or false for "backups.full", found "yes"",
        "5: Unknown field "period"; expected one of title, author, tags, visibility, suppress, former_ids, system_status, backups, alerts",
      ]
    `);
  });

  it('policy: the example policy is valid, and cross-references are checked', () => {
    expect(readPolicy(FIXTURE_POLICY_TEXT).problems).toEqual([]);
    const broken = FIXTURE_POLICY_TEXT.replace('group: database }', 'group: databse }').replace('response_time: PT30M', 'response_time: 30m');
    expect(readPolicy(broken).problems.map((p) => `${p.line}: ${p.rule}: ${p.message}`)).toMatchInlineSnapshot(`
      [
        "25: policy/schema: Expected an ISO 8601 duration such as "PT15M", "PT2H" or "P1D" ("severities.P2.response_time")",
      ]
    `);
  });

  it('policy site: absolute URLs, kept with a trailing slash for the site and without one for the repository', () => {
    const site = (url: string, repository = 'https://github.com/hanbit-commerce/ops-handbook') =>
      FIXTURE_POLICY_TEXT.replace('url: https://ops.hanbit-commerce.example/', `url: ${url}`).replace(
        'repository: https://github.com/hanbit-commerce/ops-handbook',
        `repository: ${repository}`,
      );
    expect(readPolicy(site('https://ops.example/handbook', 'https://github.com/acme/ops/')).policy?.site).toEqual({
      url: 'https://ops.example/handbook/',
      repository: 'https://github.com/acme/ops',
      issue_labels: ['action-item'],
    });
    expect(readPolicy(site('/handbook/')).problems.map((p) => p.message)).toEqual([expect.stringContaining('Expected an absolute URL')]);
    expect(readPolicy(site('https://ops.example/', 'github.com/acme')).problems.map((p) => p.message)).toEqual([
      expect.stringContaining('Expected a repository URL'),
    ]);
  });
});
