/** One fixture per class of bad input (docs/architecture.md §9): each gives one clear diagnostic with file and line. */
import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../helpers/samples.ts';
import { checkFiles, problemsOf } from '../helpers/handbook.ts';

const RUNBOOK = SAMPLES['runbooks/db-primary-failure.mdx'];
const INCIDENT = SAMPLES['incidents/2026/2026-09-14-order-db-failover.mdx'];
const CHANGE = SAMPLES['changes/2026/2026-09-13-db-param-change.mdx'];
const VALID = { ...SAMPLES };

function withFile(path: string, text: string | Uint8Array) {
  return problemsOf({ ...VALID, [path]: text });
}

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

function only(diagnostics: ReturnType<typeof problemsOf>) {
  return diagnostics.map(({ file, line, rule, message }) => ({ file, line, rule, message }));
}

describe('bad input', () => {
  it('accepts the valid samples without document problems', () => {
    expect(problemsOf(VALID)).toEqual([]);
  });

  it('YAML syntax error: points at the broken line', () => {
    const text = RUNBOOK.replace('services: [order-db]', 'services: [order-db');
    const [d, ...rest] = withFile('runbooks/db-primary-failure.mdx', text);
    expect(d).toMatchObject({ rule: 'document/yaml', file: 'content/runbooks/db-primary-failure.mdx' });
    expect(d!.line).toBeGreaterThanOrEqual(lineOf(text, 'services:'));
    expect(d!.line).toBeLessThanOrEqual(lineOf(text, 'last_reviewed'));
    // The rest of the handbook is still checked: the incident that cites this runbook is not a dangling reference.
    expect(rest.filter((x) => x.rule === 'document/reference')).toEqual([]);
  });

  it('duplicate YAML key', () => {
    const text = RUNBOOK.replace('owner: jung-hayoung', 'owner: jung-hayoung\nowner: han-jiwoo');
    const [d] = withFile('runbooks/db-primary-failure.mdx', text);
    expect(d).toMatchObject({ rule: 'document/yaml', line: lineOf(text, 'owner: han-jiwoo') });
  });

  it('wrong type', () => {
    const text = RUNBOOK.replace('services: [order-db]', 'services: order-db');
    expect(only(withFile('runbooks/db-primary-failure.mdx', text))).toMatchInlineSnapshot(`
      [
        {
          "file": "content/runbooks/db-primary-failure.mdx",
          "line": 4,
          "message": "Expected a list for "services", found "order-db"",
          "rule": "document/schema",
        },
      ]
    `);
  });

  it('unknown key with a did-you-mean hint', () => {
    const text = RUNBOOK.replace('owner: jung-hayoung', 'ownr: jung-hayoung');
    expect(only(withFile('runbooks/db-primary-failure.mdx', text))).toMatchInlineSnapshot(`
      [
        {
          "file": "content/runbooks/db-primary-failure.mdx",
          "line": 2,
          "message": "Missing required field "owner"",
          "rule": "document/schema",
        },
        {
          "file": "content/runbooks/db-primary-failure.mdx",
          "line": 6,
          "message": "Unknown field "ownr"; did you mean "owner"?",
          "rule": "document/schema",
        },
      ]
    `);
  });

  it('bad enum value', () => {
    const text = INCIDENT.replace('severity: P1', 'severity: P5');
    expect(only(withFile('incidents/2026/2026-09-14-order-db-failover.mdx', text))).toMatchInlineSnapshot(`
      [
        {
          "file": "content/incidents/2026/2026-09-14-order-db-failover.mdx",
          "line": 3,
          "message": "Expected one of P1, P2, P3, P4 for "severity", found "P5"",
          "rule": "document/schema",
        },
      ]
    `);
  });

  it('impossible date', () => {
    const text = RUNBOOK.replace('last_reviewed: 2026-10-01', 'last_reviewed: 2026-02-30');
    const [d] = withFile('runbooks/db-primary-failure.mdx', text);
    expect(d).toMatchObject({ rule: 'document/schema', line: lineOf(text, 'last_reviewed') });
    expect(d!.message).toContain('2026-02-30');
  });

  it('timestamp without an offset', () => {
    const text = INCIDENT.replace('detected: 2026-09-14T02:12:00+09:00', 'detected: 2026-09-14T02:12:00');
    expect(only(withFile('incidents/2026/2026-09-14-order-db-failover.mdx', text))).toMatchInlineSnapshot(`
      [
        {
          "file": "content/incidents/2026/2026-09-14-order-db-failover.mdx",
          "line": 12,
          "message": "Expected a timestamp with an offset, found "2026-09-14T02:12:00"; add the offset, e.g. "2026-09-14T02:12:00+09:00" ("timeline.detected")",
          "rule": "document/schema",
        },
      ]
    `);
  });

  it('missing nested key points at the parent', () => {
    const text = INCIDENT.replace('  summary: 주문 불가 28분\n', '');
    const [d] = withFile('incidents/2026/2026-09-14-order-db-failover.mdx', text);
    expect(d).toMatchObject({ rule: 'document/schema', line: lineOf(text, 'impact:'), message: 'Missing required field "impact.summary"' });
  });

  it('BOM and CRLF are read like plain LF files, with the same lines', () => {
    const crlf = '\uFEFF' + RUNBOOK.replace('owner: jung-hayoung', 'ownr: jung-hayoung').replace(/\n/g, '\r\n');
    const d = withFile('runbooks/db-primary-failure.mdx', crlf);
    expect(d.map((x) => x.line)).toEqual([2, 6]);
    expect(withFile('runbooks/db-primary-failure.mdx', '\uFEFF' + RUNBOOK.replace(/\n/g, '\r\n'))).toEqual([]);
  });

  it('invalid UTF-8: names the line of the bad byte', () => {
    const bytes = new TextEncoder().encode(RUNBOOK);
    const at = new TextEncoder().encode(RUNBOOK.slice(0, RUNBOOK.indexOf('쓰기 실패'))).length;
    const broken = new Uint8Array([...bytes.subarray(0, at), 0xff, 0xfe, ...bytes.subarray(at)]);
    const [d] = withFile('runbooks/db-primary-failure.mdx', broken);
    expect(d).toMatchObject({ rule: 'document/encoding', line: lineOf(RUNBOOK, '쓰기 실패') });
  });

  it('empty file', () => {
    expect(only(withFile('runbooks/empty.mdx', ''))).toMatchInlineSnapshot(`
      [
        {
          "file": "content/runbooks/empty.mdx",
          "line": 1,
          "message": "The file is empty; expected a frontmatter block between "---" lines followed by the body",
          "rule": "document/frontmatter",
        },
      ]
    `);
  });

  it('no frontmatter, and frontmatter never closed', () => {
    expect(withFile('runbooks/plain.mdx', '# 제목\n본문')[0]).toMatchObject({ rule: 'document/frontmatter', line: 1 });
    expect(withFile('runbooks/open.mdx', '---\ntitle: x\n본문')[0]).toMatchObject({ rule: 'document/frontmatter', line: 1 });
  });

  it('huge file: still one diagnostic, at the right line', () => {
    const text = RUNBOOK + '\n' + '운영 기록 한 줄입니다.\n'.repeat(200_000) + '<5분 안에 복구\n';
    const [d] = withFile('runbooks/db-primary-failure.mdx', text);
    expect(d).toMatchObject({ rule: 'document/mdx', line: text.split('\n').length - 1 });
  });

  it('MDX: "<5분" in Korean prose', () => {
    const text = RUNBOOK.replace('쓰기 실패.', '복구 목표는 <5분 입니다.');
    const [d] = withFile('runbooks/db-primary-failure.mdx', text);
    expect(d).toMatchObject({ rule: 'document/mdx', line: lineOf(text, '<5분') });
    expect(d!.message).toContain('&lt;');
  });

  it('MDX: an HTML tag left open to the end of the body, at its own line', () => {
    // The parser gives no position for this one, only the span in its message.
    const text = RUNBOOK.replace('원복.', '원복.\n\n<img src="/assets/x.png" alt="">\n\n이어지는 문단.');
    const [d] = withFile('runbooks/db-primary-failure.mdx', text);
    expect(d).toMatchObject({ rule: 'document/mdx', line: lineOf(text, '<img'), column: 1 });
    expect(d!.message).toContain('closing tag for `<img>`');
  });

  it('MDX: a bare "{" in Korean prose', () => {
    const text = RUNBOOK.replace('원복.', '설정값 {timeout 을 되돌립니다.');
    const [d] = withFile('runbooks/db-primary-failure.mdx', text);
    expect(d).toMatchObject({ rule: 'document/mdx' });
    expect(d!.line).toBeGreaterThanOrEqual(lineOf(text, '{timeout'));
  });

  it('duplicate ids across year folders', () => {
    const d = withFile('incidents/2025/2026-09-14-order-db-failover.mdx', INCIDENT);
    expect(d.map((x) => x.rule)).toContain('document/duplicate-id');
    expect(d.find((x) => x.rule === 'document/duplicate-id')!.message).toContain('content/incidents/2026/2026-09-14-order-db-failover.mdx');
  });

  it('dangling reference with a did-you-mean hint', () => {
    const text = INCIDENT.replace('runbooks: [db-primary-failure]', 'runbooks: [db-primary-failur]');
    expect(only(withFile('incidents/2026/2026-09-14-order-db-failover.mdx', text))).toMatchInlineSnapshot(`
      [
        {
          "file": "content/incidents/2026/2026-09-14-order-db-failover.mdx",
          "line": 23,
          "message": "Cannot find runbook "db-primary-failur"; did you mean "db-primary-failure"?",
          "rule": "document/reference",
        },
      ]
    `);
  });

  it('unknown person', () => {
    const text = CHANGE.replace('requester: han-jiwoo', 'requester: nobody');
    expect(withFile('changes/2026/2026-09-13-db-param-change.mdx', text)[0]).toMatchObject({ rule: 'document/reference', line: lineOf(text, 'requester:') });
  });

  it('files in the wrong folder', () => {
    expect(withFile('incidents/2026-09-20-x.mdx', INCIDENT)[0]).toMatchObject({ rule: 'document/location', line: 1 });
    expect(withFile('notes/todo.mdx', RUNBOOK)[0]).toMatchObject({ rule: 'document/location' });
    expect(withFile('runbooks/readme.md', RUNBOOK)[0]!.message).toContain('.mdx');
    expect(withFile('reports/weekly/2026-W54.mdx', SAMPLES['reports/weekly/2026-W42.mdx'])[0]).toMatchObject({ rule: 'document/location' });
    // An incident filed under the wrong year.
    const moved = { ...VALID } as Record<string, string>;
    delete moved['incidents/2026/2026-09-14-order-db-failover.mdx'];
    const d = problemsOf({ ...moved, 'incidents/2025/2026-09-14-order-db-failover.mdx': INCIDENT });
    expect(d[0]).toMatchObject({ rule: 'document/placement', line: lineOf(INCIDENT, 'started:') });
  });

  it('timeline out of order', () => {
    const text = INCIDENT.replace('acknowledged: 2026-09-14T02:15:00+09:00', 'acknowledged: 2026-09-14T02:11:00+09:00');
    expect(only(withFile('incidents/2026/2026-09-14-order-db-failover.mdx', text))).toMatchInlineSnapshot(`
      [
        {
          "file": "content/incidents/2026/2026-09-14-order-db-failover.mdx",
          "line": 13,
          "message": "Expected timeline.acknowledged (2026-09-14T02:11:00+09:00) to be no earlier than timeline.detected (2026-09-14T02:12:00+09:00)",
          "rule": "incident/timeline-order",
        },
      ]
    `);
  });

  it('reports the rest of the handbook when one file is broken', () => {
    const result = checkFiles({
      ...VALID,
      'runbooks/a.mdx': '',
      'runbooks/b.mdx': RUNBOOK.replace('owner: jung-hayoung', 'owner: 42'),
    });
    const files = new Set(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
    expect(files).toEqual(new Set(['content/runbooks/a.mdx', 'content/runbooks/b.mdx']));
  });
});
