/** The github output format: workflow-command escaping, and the step summary a reviewer reads. */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/lib/diagnostics.ts';
import { cell, escapeData, escapeProperty, formatGithub, formatStepSummary, selectAnnotations } from '../../src/lib/format/github.ts';

const diag = (over: Partial<Diagnostic>): Diagnostic => ({
  file: 'content/incidents/2026/a.mdx',
  line: 3,
  column: 1,
  rule: 'document/schema',
  severity: 'error',
  message: 'm',
  docs: '/rules/document/schema/',
  ...over,
});

describe('escaping', () => {
  it('escapes % first, then CR and LF, in messages', () => {
    expect(escapeData('100%\r\nsure: a, b')).toBe('100%25%0D%0Asure: a, b');
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('also escapes : and , in property values', () => {
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('writes one annotation per finding, info as notice, suppressed ones left out', () => {
    const out = formatGithub([
      diag({ file: 'content/changes/2026/a,b:c.mdx', message: 'Expected "x", found 50%\nsecond line' }),
      diag({ severity: 'info', rule: 'incident/response-sla', message: 'late' }),
      diag({ severity: 'warning', suppressed: 'known and accepted', message: 'hidden' }),
    ]);
    expect(out.split('\n')).toEqual([
      '::error file=content/changes/2026/a%2Cb%3Ac.mdx,line=3,col=1,title=document/schema::Expected "x", found 50%25%0Asecond line',
      '::notice file=content/incidents/2026/a.mdx,line=3,col=1,title=incident/response-sla::late',
    ]);
  });
});

describe("GitHub's annotation limits", () => {
  const many = (n: number, over: Partial<Diagnostic>) => Array.from({ length: n }, (_, i) => diag({ line: i + 1, ...over }));
  const changed = new Set(['content/changes/2026/mine.mdx']);
  const findings = [
    ...many(12, { file: 'content/runbooks/other.mdx' }),
    ...many(3, { file: 'content/changes/2026/mine.mdx' }),
    ...many(15, { severity: 'warning' }),
    ...many(4, { severity: 'info' }),
    diag({ suppressed: 'accepted', message: 'not counted' }),
  ];

  it('writes at most 10 per level, errors in changed files first, then errors elsewhere by file and line', () => {
    const { shown, notShown } = selectAnnotations(findings, { changed });
    expect(shown.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}`)).toEqual([
      'content/changes/2026/mine.mdx:1',
      'content/changes/2026/mine.mdx:2',
      'content/changes/2026/mine.mdx:3',
      ...Array.from({ length: 7 }, (_, i) => `content/runbooks/other.mdx:${i + 1}`),
    ]);
    expect(shown.map((d) => d.severity)).toEqual([...Array(10).fill('error'), ...Array(10).fill('warning'), ...Array(4).fill('info')]);
    expect(notShown).toBe(5 + 5); // 15 errors and 15 warnings, 10 of each shown; the suppressed one is not a finding
    expect(formatGithub(findings, { changed }).split('\n')[0]).toBe('::error file=content/changes/2026/mine.mdx,line=1,col=1,title=document/schema::m');
  });

  it("stays within the job's 50, errors taking the budget first", () => {
    const { shown, notShown } = selectAnnotations(findings, { budget: 15 });
    expect(shown.map((d) => d.severity)).toEqual([...Array(10).fill('error'), ...Array(5).fill('warning')]);
    expect(notShown).toBe(34 - 15);
  });

  it('says in the step summary how many findings are in the log only', () => {
    const text = formatStepSummary([], findings, selectAnnotations(findings, { changed }).notShown);
    expect(text).toContain('발견 사항 10건은 diff에 주석으로 표시하지 않았습니다');
    expect(formatStepSummary([], findings.slice(0, 3))).not.toContain('주석으로 표시하지');
  });
});

describe('step summary', () => {
  const docs = [
    { file: 'content/incidents/2026/a.mdx', kind: '장애', title: '결제 | 지연' },
    { file: 'content/changes/2026/b.mdx', kind: '변경', title: 'Rotate keys' },
  ];

  it('has a row per document with kind, title, verdict and findings', () => {
    const text = formatStepSummary(docs, [
      diag({ message: 'Expected <5분, found "x"' }),
      diag({ file: 'content/changes/2026/b.mdx', severity: 'info', rule: 'change/four-eyes', message: 'one approval short', line: 9 }),
      diag({ file: 'content/policy.yaml', severity: 'info', rule: 'runbook/scenario-coverage', message: 'no runbook for net-latency' }),
    ]);
    expect(text).toMatchInlineSnapshot(`
      "## opsbook check: ❌ 오류 있음 — 머지 전에 고쳐야 합니다

      문서 2개 검사 — 오류 1, 경고 0, 정책 기록(info) 2. 정책 기록은 머지를 막지 않습니다.

      | 문서 | 종류 | 판정 | 발견 사항 |
      |---|---|---|---|
      | 결제 \\| 지연<br>\`content/incidents/2026/a.mdx\` | 장애 | ❌ 오류 | ❌ L3 \`document/schema\` Expected &lt;5분, found "x" |
      | Rotate keys<br>\`content/changes/2026/b.mdx\` | 변경 | ✅ 통과 | ℹ️ L9 \`change/four-eyes\` one approval short |

      <details><summary>그 밖의 발견 사항 1건 (핸드북 전체 규칙)</summary>

      - ℹ️ \`content/policy.yaml:3\` \`runbook/scenario-coverage\` no runbook for net-latency

      </details>

      "
    `);
  });

  it('gives a changed file that could not be read its own failing row', () => {
    const text = formatStepSummary([], [diag({ file: 'content/runbooks/broken.mdx', rule: 'document/yaml', message: 'bad\nyaml' })]);
    expect(text).toContain('| (읽을 수 없는 문서)<br>`content/runbooks/broken.mdx` | 런북 | ❌ 오류 | ❌ L3 `document/yaml` bad yaml |');
  });

  it('caps findings per row and says how many more the log holds', () => {
    const many = Array.from({ length: 8 }, (_, i) => diag({ severity: 'warning', rule: 'document/placeholder', line: i + 1 }));
    const row = formatStepSummary([docs[0]!], many)
      .split('\n')
      .find((l) => l.startsWith('| 결제'))!;
    expect(row.split('<br>').filter((p) => p.includes('document/placeholder'))).toHaveLength(5);
    expect(row).toContain('외 3건 (로그 참고)');
    expect(row).toContain('⚠️ 경고');
  });

  it('says so when no document changed, and notes suppressed findings', () => {
    const text = formatStepSummary([], [diag({ file: 'content/policy.yaml', suppressed: 'accepted risk', rule: 'policy/x' })]);
    expect(text).toContain('변경된 문서가 없습니다.');
    expect(text).toContain('제외한 발견 사항 1건');
    expect(text).toContain('✅ 통과');
  });

  it('cells carry no raw HTML, pipes or newlines', () => {
    expect(cell('<script>a|b</script>\r\nc & d')).toBe('&lt;script&gt;a\\|b&lt;/script&gt; c &amp; d');
  });
});
