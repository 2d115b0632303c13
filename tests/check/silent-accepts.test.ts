/** Input that was accepted without a word and then misjudged: each is now an error with its line. */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check.ts';
import { readPolicy } from '../../src/lib/policy-source.ts';
import { FIXTURE_POLICY_TEXT } from '../helpers/handbook.ts';
import { SAMPLES } from '../helpers/samples.ts';
import { checkFiles, problemsOf } from '../helpers/handbook.ts';
import { handbookOf, policyFromText } from '../rules/helpers.ts';

const CHANGE_FILE = 'changes/2026/2026-09-13-db-param-change.mdx';
const CHANGE = SAMPLES[CHANGE_FILE];
const INCIDENT_FILE = 'incidents/2026/2026-09-14-order-db-failover.mdx';
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('silent accepts', () => {
  it('a change window that ends before it starts', () => {
    const text = CHANGE.replace(/window:[^\n]*(\n[ ]+[^\n]+)*/, 'window:\n  start: 2026-09-13T23:00:00+09:00\n  end: 2026-09-13T22:00:00+09:00');
    const found = problemsOf({ ...SAMPLES, [CHANGE_FILE]: text });
    expect(found.map((d) => [d.rule, d.line])).toEqual([['document/schema', lineOf(text, 'end: 2026-09-13T22')]]);
    expect(found[0]!.message).toContain('Expected the window to end after it starts');
  });

  it('an offset no clock has (+25:00) is a schema error at its key, not a rule crash', () => {
    const text = SAMPLES[INCIDENT_FILE].replace('detected: 2026-09-14T02:12:00+09:00', 'detected: 2026-09-14T02:12:00+25:00');
    const found = problemsOf({ ...SAMPLES, [INCIDENT_FILE]: text });
    expect(found.map((d) => [d.rule, d.line])).toEqual([['document/schema', lineOf(text, 'detected:')]]);
    expect(found[0]!.message).toContain('+25:00');
  });

  it('values the rules cannot compute with are schema errors at their key: a huge review interval, a year no folder holds', () => {
    const runbookFile = 'runbooks/db-primary-failure.mdx';
    const runbook = SAMPLES[runbookFile].replace('last_reviewed: 2026-10-01', 'last_reviewed: 2026-10-01\nreview_interval: P99999999999Y');
    const found = problemsOf({ ...SAMPLES, [runbookFile]: runbook });
    expect(found.map((d) => [d.rule, d.line])).toEqual([['document/schema', lineOf(runbook, 'review_interval')]]);
    expect(found[0]!.message).toContain('at most 100 years');
    const incident = SAMPLES[INCIDENT_FILE].replace('resolved: 2026-09-14T03:30:00+09:00', 'resolved: 9999-12-31T23:59:59-12:00');
    const late = problemsOf({ ...SAMPLES, [INCIDENT_FILE]: incident });
    expect(late.map((d) => [d.rule, d.line])).toEqual([['document/schema', lineOf(incident, 'resolved:')]]);
    expect(late[0]!.message).toContain('between 1970 and 9999');
  });

  it('an action item closed years before the incident began, and a broken percent-escape in a link', () => {
    const incident = SAMPLES[INCIDENT_FILE].replace('closed: 2026-10-10', 'closed: 2016-10-10');
    const found = problemsOf({ ...SAMPLES, [INCIDENT_FILE]: incident });
    expect(found.map((d) => [d.rule, d.line])).toEqual([['incident/timeline-order', lineOf(incident, '2016-10-10')]]);
    const runbookFile = 'runbooks/db-primary-failure.mdx';
    const runbook = `${SAMPLES[runbookFile]}\n[절차](/runbooks/%E0%A4%A/)\n`;
    const broken = checkFiles({ ...SAMPLES, [runbookFile]: runbook }).diagnostics.filter((d) => d.severity === 'error');
    expect(broken.map((d) => [d.rule, d.line])).toEqual([['content/internal-link', runbook.split('\n').length - 1]]);
    expect(broken[0]!.message).toContain('valid percent-escapes');
  });

  it('a start date before 1970', () => {
    const text = FIXTURE_POLICY_TEXT.replace(/^start_date: .*$/m, 'start_date: 0001-06-01');
    const { policy, problems } = readPolicy(text);
    expect(policy).toBeUndefined();
    expect(problems.map((p) => [p.rule, p.line])).toEqual([['policy/schema', lineOf(text, 'start_date')]]);
  });

  it('a blackout that is not a timestamp, or ends before it starts', () => {
    const text = FIXTURE_POLICY_TEXT.replace(
      /blackout:[^\n]*(\n[ ]+- [^\n]+)*/,
      'blackout:\n    - { start: next tuesday, end: 2026-09-28T23:59:59+09:00, reason: 연휴 }\n    - { start: 2026-10-02T00:00:00+09:00, end: 2026-10-01T00:00:00+09:00, reason: 거꾸로 }',
    );
    const { policy, problems } = readPolicy(text);
    expect(policy).toBeUndefined();
    expect(problems.map((p) => [p.rule, p.line])).toEqual([
      ['policy/schema', lineOf(text, 'next tuesday')],
      ['policy/schema', lineOf(text, '거꾸로')],
    ]);
    expect(problems[0]!.message).toContain('next tuesday');
  });

  it('two people with one GitHub handle', () => {
    const handle = /github: ([A-Za-z0-9-]+)/.exec(FIXTURE_POLICY_TEXT)![1]!;
    const first = FIXTURE_POLICY_TEXT.indexOf(`github: ${handle}`);
    const second = FIXTURE_POLICY_TEXT.indexOf('github: ', first + 10);
    const text = FIXTURE_POLICY_TEXT.slice(0, second) + FIXTURE_POLICY_TEXT.slice(second).replace(/github: [A-Za-z0-9-]+/, `github: ${handle.toUpperCase()}`);
    const { problems } = readPolicy(text);
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining(`Expected a unique GitHub handle, found "${handle.toUpperCase()}"`)]);
  });

  it('an unknown rule id in rules:', () => {
    const text = FIXTURE_POLICY_TEXT.replace(/^rules:.*$/m, '').concat('\nrules:\n  incident/response-slaa: warning\n');
    const found = runCheck(handbookOf({}, policyFromText(text)), { now: Temporal.Instant.from('2026-12-01T09:00:00+09:00') }).filter(
      (d) => d.severity === 'error',
    );
    expect(found.map((d) => [d.file, d.line, d.rule])).toEqual([['content/policy.yaml', lineOf(text, 'response-slaa'), 'policy/reference']]);
    expect(found[0]!.message).toContain('did you mean "incident/response-sla"');
  });
});
