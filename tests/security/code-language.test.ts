/**
 * A fence's language is author text. Names every object has (`constructor`, `__proto__`, `toString`)
 * were once taken for shiki grammars (`lang in bundledLanguages`), and loading them threw: a document
 * the check accepts made `astro build` fail. They render as plain code.
 */
import { describe, expect, it } from 'vitest';
import { renderDocumentBody } from '../../src/site/render-body.ts';
import { handbookOf } from '../rules/helpers.ts';

const runbook = (body: string) => `---\ntitle: 공격 문서\nsummary: 공격\nservices: [order-db]\nowner: jung-hayoung\nlast_reviewed: 2026-11-01\n---\n${body}\n`;

describe('fence languages that are Object.prototype names', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('```%s renders as plain code', async (lang) => {
    const document = handbookOf({ 'runbooks/attack.mdx': runbook(`\`\`\`${lang}\necho hi\n\`\`\``) }).documents[0]!;
    const { parts } = await renderDocumentBody(document);
    expect(parts.map((p) => ('html' in p ? p.html : '')).join('')).toContain('<span class="line">echo hi</span>');
  });
});
