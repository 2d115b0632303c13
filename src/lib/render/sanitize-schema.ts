/**
 * The sanitiser's schema, derived from the content profile (src/lib/content-profile.ts) plus the
 * markup the renderer itself adds (heading ids, highlighted code, GFM footnotes and task lists). The
 * sanitiser is the second line of defence: the check has already refused anything outside the profile.
 */
import type { Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import { ALLOWED_HTML, DROPPED_WITH_CONTENT, LINK_PROTOCOLS } from '../content-profile.ts';

/** hast property name of an HTML attribute (`colspan` → `colSpan`). */
export function propertyOf(attribute: string): string {
  return find(html, attribute).property;
}

/** One allowed attribute: a property name, or a name with the values it may take. */
type PropertyDefinition = NonNullable<Schema['attributes']>[string][number];

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** What the renderer emits beyond the author's allowlist, per element. */
const RENDERER_ATTRIBUTES: Readonly<Record<string, readonly PropertyDefinition[]>> = {
  ...Object.fromEntries(HEADINGS.map((h) => [h, ['id']])),
  pre: [['className', 'astro-code'], ['tabIndex', 0], 'dataLanguage'],
  code: [['className', /^language-[\w+-]+$/]],
  span: [['className', /^(line|tok-[a-z-]+)$/]],
  // GFM footnotes and task lists.
  a: ['id', 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel', ['className', 'data-footnote-backref']],
  sup: [],
  section: ['dataFootnotes', ['className', 'footnotes']],
  li: ['id', ['className', 'task-list-item']],
  ul: [['className', 'contains-task-list']],
  ol: [['className', 'contains-task-list']],
  input: [
    ['type', 'checkbox'],
    ['checked', true],
    ['disabled', true],
  ],
  h2: ['id', ['className', 'sr-only']],
};

function attributes(): NonNullable<Schema['attributes']> {
  const result: Record<string, PropertyDefinition[]> = {};
  for (const [tag, allowed] of Object.entries(ALLOWED_HTML)) result[tag] = allowed.map(propertyOf);
  for (const [tag, extra] of Object.entries(RENDERER_ATTRIBUTES)) result[tag] = [...(result[tag] ?? []), ...extra];
  return result;
}

export const SANITIZE_SCHEMA: Schema = {
  tagNames: [...new Set([...Object.keys(ALLOWED_HTML), ...Object.keys(RENDERER_ATTRIBUTES), 'h1'])],
  attributes: attributes(),
  // Relative URLs are always allowed by the sanitiser; protocol-relative ones are removed after it
  // (render/body.ts), since a `//host/` URL has no scheme for it to refuse.
  protocols: { href: [...LINK_PROTOCOLS], src: [] },
  strip: [...DROPPED_WITH_CONTENT],
  // Heading ids are the renderer's own (slugs of the heading text), never an author's attribute.
  clobber: [],
  clobberPrefix: '',
  ancestors: { tbody: ['table'], td: ['table'], th: ['table'], thead: ['table'], tfoot: ['table'], tr: ['table'] },
  required: { input: { type: 'checkbox', disabled: true } },
  allowComments: false,
  allowDoctypes: false,
};
