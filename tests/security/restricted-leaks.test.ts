/**
 * Ways a public document could carry a restricted document's id onto the public site that the first
 * version of document/restricted-reference did not see: a raw `<a href>`, the page's own
 * `…/index.html`, a bare URL in a body the rule skipped as plain (GFM links it), and a routine record's
 * evidence (shown as a link on its page). Each is an error at its own line.
 */
import { describe, expect, it } from 'vitest';
import { documentRestrictedReference } from '../../src/lib/rules/document-restricted-reference.ts';
import { exampleIncident } from '../../src/lib/rules/incident-example.ts';
import { runRule } from '../rules/helpers.ts';

const LEAK = 'incidents/2026/leak.mdx';
const RESTRICTED = exampleIncident({ 'title: 결제 API 응답 지연': 'title: 관리자 API 키 유출' }, 'visibility: restricted');
const runbook = (body: string) =>
  `---\ntitle: 공격 문서\nsummary: 공격\nservices: [order-db]\nowner: jung-hayoung\nlast_reviewed: 2026-11-01\n---\n## 증상\n\n${body}\n`;
/** Line of the body's first line in `runbook(...)`. */
const BODY = 10;
const routine = (evidence: string) =>
  `---\ntitle: 접근 권한 검토\nperformed_at: 2026-06-26T16:00:00+09:00\nperformer: lim-sora\noutcome: pass\nevidence:\n  - SEC-301\n  - ${evidence}\n---\n검토했습니다.\n`;

async function lines(files: Record<string, string>, file: string): Promise<number[]> {
  const { findings } = await runRule(documentRestrictedReference, { [LEAK]: RESTRICTED, ...files });
  return findings.filter((d) => d.file === `content/${file}`).map((d) => d.line!);
}

describe('restricted references the rule must see', () => {
  it.each([
    ['a raw <a href> to the page', '<a href="/incidents/leak/">사례</a>'],
    ['a raw <a href> to the source file', '<a href="../incidents/2026/leak.mdx">사례</a>'],
    ['a raw <a href> inside a list item', '- 사례: <a href="https://handbook.example.com/incidents/leak/">보기</a>'],
    ["a link to the page's index.html", '[사례](/incidents/leak/index.html)'],
    ['a bare URL in an otherwise plain body (GFM makes it a link)', '사례: https://handbook.example.com/incidents/leak/'],
    ['a bare www. URL in an otherwise plain body', '사례: www.handbook.example.com/incidents/leak/'],
  ])('%s', async (_name, body) => {
    expect(await lines({ 'runbooks/attack.mdx': runbook(body) }, 'runbooks/attack.mdx')).toEqual([BODY]);
  });

  it("a routine record's evidence URL", async () => {
    const file = 'routines/access-review/2026-06-26.mdx';
    expect(await lines({ [file]: routine('https://handbook.example.com/incidents/leak/') }, file)).toEqual([8]);
  });

  it('public targets stay allowed', async () => {
    const file = 'routines/access-review/2026-06-26.mdx';
    const found = await runRule(documentRestrictedReference, {
      [LEAK]: RESTRICTED,
      'incidents/2026/p3.mdx': exampleIncident(),
      'runbooks/ok.mdx': runbook('<a href="/incidents/p3/">사례</a> [목록](/incidents/index.html)'),
      [file]: routine('https://handbook.example.com/incidents/p3/'),
    });
    expect(found.findings).toEqual([]);
  });
});
