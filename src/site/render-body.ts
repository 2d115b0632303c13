/**
 * A document's body as the site shows it: rendered from the check's own parse (src/lib/render/body.ts),
 * with code coloured by shiki. Colours are classes (`tok-keyword`, styled in src/styles/code.css), never
 * style attributes, so the Content-Security-Policy needs no inline styles.
 */
import type { Element, ElementContent } from 'hast';
import { bundledLanguages, createCssVariablesTheme, createHighlighter, type HighlighterGeneric } from 'shiki';
import type { AnyDocument } from '../lib/handbook.ts';
import { codeLanguages, renderBody, type RenderedBody } from '../lib/render/body.ts';
import { prerenderedBodies } from './prerendered-bodies.ts';

const THEME = createCssVariablesTheme({ name: 'opsbook-code', variablePrefix: '--shiki-', fontStyle: true });
const PLAIN = new Set(['text', 'txt', 'plain', 'plaintext', '']);

let highlighter: Promise<HighlighterGeneric<string, string>> | undefined;

function getHighlighter(): Promise<HighlighterGeneric<string, string>> {
  highlighter ??= createHighlighter({ themes: [THEME], langs: [] }) as Promise<HighlighterGeneric<string, string>>;
  return highlighter;
}

const loading = new Map<string, Promise<void>>();

/** Loads the grammars a body needs; unknown languages are shown as plain text. */
async function loadLanguages(h: HighlighterGeneric<string, string>, langs: readonly string[]): Promise<void> {
  await Promise.all(
    langs
      .filter((lang) => !PLAIN.has(lang) && Object.hasOwn(bundledLanguages, lang))
      .map((lang) => {
        let done = loading.get(lang);
        if (!done) loading.set(lang, (done = h.loadLanguage(lang as never)));
        return done;
      }),
  );
}

/** `var(--shiki-token-keyword)` → `tok-keyword`; the foreground needs no class. */
function tokenClass(color: string | undefined): string | undefined {
  const name = /^var\(--shiki-(?:token-)?([a-z-]+)\)$/.exec(color ?? '')?.[1];
  return name && name !== 'foreground' ? `tok-${name}` : undefined;
}

function highlightWith(h: HighlighterGeneric<string, string>) {
  return (code: string, lang: string | undefined): Element => {
    const language = lang?.toLowerCase() ?? '';
    const known = h.getLoadedLanguages().includes(language);
    const lines = known
      ? h.codeToTokensBase(code, { lang: language, theme: THEME.name! })
      : code.split('\n').map((content) => [{ content, color: undefined, fontStyle: 0 }]);
    const children: ElementContent[] = [];
    lines.forEach((tokens, i) => {
      if (i > 0) children.push({ type: 'text', value: '\n' });
      const spans: ElementContent[] = tokens.map((t) => {
        const classes = [
          tokenClass(t.color),
          t.fontStyle && t.fontStyle & 1 ? 'tok-italic' : undefined,
          t.fontStyle && t.fontStyle & 2 ? 'tok-bold' : undefined,
        ].filter((c) => c !== undefined);
        return classes.length
          ? { type: 'element', tagName: 'span', properties: { className: classes }, children: [{ type: 'text', value: t.content }] }
          : { type: 'text', value: t.content };
      });
      children.push({ type: 'element', tagName: 'span', properties: { className: ['line'] }, children: spans });
    });
    return {
      type: 'element',
      tagName: 'pre',
      properties: { className: ['astro-code'], tabIndex: 0, ...(language ? { dataLanguage: language } : {}) },
      children: [{ type: 'element', tagName: 'code', properties: {}, children }],
    };
  };
}

/** Renders a document's body (an invalid body renders empty: the check reports it, and the build never gets there). */
export async function renderDocumentBody(document: AnyDocument): Promise<RenderedBody> {
  // Rendered ahead on the other core (src/node/body-prerender.ts) when the build started from nothing.
  const ahead = prerenderedBodies()?.take(document.key, document.body);
  if (ahead) {
    try {
      return await ahead;
    } catch {
      // The worker could not render it: render it here, as without the worker.
    }
  }
  const parsed = document.mdx();
  if (!parsed.ok) return { parts: [], headings: [] };
  const h = await getHighlighter();
  await loadLanguages(h, codeLanguages(parsed.tree));
  return renderBody(parsed.tree, highlightWith(h));
}
