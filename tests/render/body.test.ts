import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../src/lib/mdx.ts';
import { renderBody, type Highlighter } from '../../src/lib/render/body.ts';

const plainCode: Highlighter = (code, lang) => ({
  type: 'element',
  tagName: 'pre',
  properties: { className: ['astro-code'], tabIndex: 0, ...(lang ? { dataLanguage: lang } : {}) },
  children: [
    {
      type: 'element',
      tagName: 'code',
      properties: {},
      children: [{ type: 'element', tagName: 'span', properties: { className: ['line', 'tok-keyword', 'evil'] }, children: [{ type: 'text', value: code }] }],
    },
  ],
});

function html(body: string): string {
  const parsed = parseMdx(body);
  if (!parsed.ok) throw new Error(parsed.message);
  return renderBody(parsed.tree, plainCode)
    .parts.map((p) => ('html' in p ? p.html : `[${p.component}]`))
    .join('');
}

describe('renderBody renders documents as data', () => {
  it('keeps ordinary Markdown: headings with ids, tables, links, code, typographic quotes', () => {
    const out = html('## 조치 절차\n\n"주문" 확인은 [런북](/runbooks/x/)에서.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```bash\nls -l\n```\n');
    expect(out).toContain('<h2 id="조치-절차">조치 절차</h2>');
    expect(out).toContain('“주문”');
    expect(out).toContain('<a href="/runbooks/x/">런북</a>');
    expect(out).toContain('<table>');
    expect(out).toContain('<pre class="astro-code" tabindex="0" data-language="bash"><code><span class="line tok-keyword">ls -l</span></code></pre>');
  });

  it('drops ESM, expressions and comments without evaluating them', () => {
    const out = html("import fs from 'node:fs'\nexport const x = 1\n\n{process.env.HOME}\n\n문장 {/* 주석 */} 끝\n");
    expect(out).not.toMatch(/import|export|process|HOME|주석/);
    expect(out).toContain('문장  끝');
  });

  it('removes script, handlers, styles, frames and dangerous URLs', () => {
    const out = html(
      [
        '<script>alert(1)</script>',
        '<img src="/assets/a.png" onError="alert(1)" style="background:url(https://evil.example/x)" />',
        '<iframe src="https://evil.example/"></iframe>',
        '<details ontoggle="alert(1)" open><summary>요약</summary>본문</details>',
        '[x](javascript:alert(1)) [z](data:text/html,hi) <a href="java&#9;script:alert(1)">t</a>',
        '<a href="javascript:alert(1)">a</a> <a href="//evil.example/">b</a>',
        '![off](https://evil.example/x.png) <img src="//evil.example/y.png" />',
        '<style>{"body{background:url(https://evil.example/z)}"}</style>',
      ].join('\n\n'),
    );
    expect(out).not.toMatch(/script|alert|onerror|ontoggle|style|iframe|data:|src="[^"]*evil/i);
    // Linking to another site is fine; loading from it is not.
    expect(out).toContain('<a href="//evil.example/">b</a>');
    expect(out).toContain('<img src="/assets/a.png">');
    expect(out).toContain('<details open><summary>요약</summary>본문</details>');
  });

  it('places registered components at the top level only, and drops unknown ones', () => {
    const parsed = parseMdx('앞\n\n<SeverityTable />\n\n<Unknown>숨김</Unknown>\n\n뒤 <SeverityTable />\n');
    if (!parsed.ok) throw new Error(parsed.message);
    const { parts } = renderBody(parsed.tree, plainCode);
    expect(parts.map((p) => ('html' in p ? 'html' : p.component))).toEqual(['html', 'SeverityTable', 'html']);
    expect(JSON.stringify(parts)).not.toContain('숨김');
  });

  it('keeps only the renderer’s own classes on code', () => {
    expect(html('```sh\necho\n```\n')).not.toContain('evil');
  });
});
