/**
 * A public document does not refer to a restricted one. The public build leaves restricted documents
 * out, so such a reference would either dangle on the public site or, worse, carry the restricted
 * document's id (its date and subject: `2026-08-25-admin-api-key-leak`) onto a public page. Checked:
 * the reference fields (caused_by, runbooks, related, related_incidents, follow_up), an incident's
 * action item links, a routine's evidence, and links in the body (Markdown links, definitions and raw
 * `<a href>`), as a site page (`/incidents/<id>/`, `/incidents/<id>/index.html`, also inside an
 * absolute URL) or as the source file (`../incidents/2026/<id>.mdx`).
 *
 * Only public targets are checked: with `--changed`, a document that just became restricted is not
 * traced back to the public documents naming it (the full check, which gates the build, finds them).
 */
import type { Definition, Link } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { Kind } from '../../schemas/kinds.ts';
import { URL_ATTRIBUTES } from '../content-profile.ts';
import type { AnyDocument } from '../handbook.ts';
import { mayHaveLinks } from '../mdx.ts';
import { documentKey } from '../paths.ts';
import { documentKindsOf, referencesOf, REFERENCE_NAMES } from './document-reference.ts';
import { exampleChange } from './change-example.ts';
import { exampleIncident } from './incident-example.ts';
import { endsIn, linkPaths, namingPaths } from '../link-targets.ts';
import type { Rule } from './types.ts';
import { mdx } from './util.ts';

const FIX = 'make this document restricted too (visibility: restricted), or drop the reference';

/** Restricted documents by every path that names them (see `namingPaths`). */
function restrictedPaths(documents: readonly AnyDocument[]): Map<string, AnyDocument> {
  const paths = new Map<string, AnyDocument>();
  for (const d of documents) {
    if (d.visibility !== 'restricted') continue;
    for (const p of namingPaths(d.kind, d.id, d.file)) paths.set(p, d);
  }
  return paths;
}

const named = (d: AnyDocument) => `restricted ${REFERENCE_NAMES[d.kind]} "${d.id}"`;

const RESTRICTED_INCIDENT = exampleIncident({ 'title: 결제 API 응답 지연': 'title: 관리자 API 키 유출' }, 'visibility: restricted');
const guide = (body: string) => mdx('title: 장애 대응\norder: 2\nsection: 장애 대응', body);

export const documentRestrictedReference: Rule = {
  id: 'document/restricted-reference',
  category: 'document',
  severity: 'error',
  source: '문서화',
  description:
    'A public document does not refer to a restricted one (reference fields, action item links, body links): the public site leaves restricted documents out.',
  check(ctx) {
    const paths = restrictedPaths(ctx.handbook.documents);
    // Most handbooks have few restricted documents, many none: nothing to look for then.
    if (paths.size === 0) return;
    const restricted = (kind: Kind, id: string) => {
      const d = ctx.handbook.byKey.get(documentKey(kind, id));
      return d?.visibility === 'restricted' ? d : undefined;
    };
    for (const document of ctx.targets) {
      if (document.visibility === 'restricted') continue;
      for (const r of referencesOf(document)) {
        const hit = documentKindsOf(r.target)
          .map((k) => restricted(k, r.id))
          .find((d) => d !== undefined);
        if (hit)
          ctx.report({
            document,
            at: r.path,
            message: `Expected public documents only in ${r.path.filter((p) => typeof p === 'string').join('.')}, found ${named(hit)}; ${FIX}`,
          });
      }
      if (document.kind === 'incident') {
        document.data.action_items.forEach((item, i) => {
          const hit = item.link
            ? linkPaths(document, item.link)
                .map((p) => endsIn(paths, p))
                .find((d) => d !== undefined)
            : undefined;
          if (hit)
            ctx.report({
              document,
              at: ['action_items', i, 'link'],
              message: `Expected the action item to link a public page, found the page of ${named(hit)}; ${FIX}`,
            });
        });
      }
      // A routine's evidence is shown as a link when it is a URL (src/pages/routines/[...id].astro).
      if (document.kind === 'routine') {
        document.data.evidence.forEach((item, i) => {
          const hit = linkPaths(document, item.trim())
            .map((p) => endsIn(paths, p))
            .find((d) => d !== undefined);
          if (hit)
            ctx.report({
              document,
              at: ['evidence', i],
              message: `Expected evidence that names public pages only, found the page of ${named(hit)}; ${FIX}`,
            });
        });
      }
      // Most bodies have no link syntax at all; skip the MDX parser for them.
      if (!mayHaveLinks(document.body)) continue;
      const parsed = document.mdx();
      if (!parsed.ok) continue;
      const check = (url: string, position: Link['position']) => {
        const target = url.trim();
        if (!target || target.startsWith('#')) return;
        const hit = linkPaths(document, target)
          .map((p) => endsIn(paths, p))
          .find((d) => d !== undefined);
        if (!hit) return;
        ctx.report({
          document,
          line: document.bodyLine + (position?.start.line ?? 1) - 1,
          column: position?.start.column ?? 1,
          message: `Expected links to public documents only, found "${target}" to ${named(hit)}; ${FIX}`,
        });
      };
      visit(parsed.tree, (node) => {
        if (node.type === 'link' || node.type === 'definition') {
          const { url, position } = node as Link | Definition;
          check(url, position);
          return;
        }
        // Raw HTML links (`<a href="/incidents/<id>/">`) are rendered as links too.
        if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
          for (const attribute of (node as MdxJsxFlowElement | MdxJsxTextElement).attributes) {
            if (attribute.type === 'mdxJsxAttribute' && URL_ATTRIBUTES[attribute.name] && typeof attribute.value === 'string')
              check(attribute.value, node.position);
          }
        }
      });
    }
  },
  examples: [
    {
      name: 'a restricted incident cites a public change; a public change cites a public incident',
      files: {
        'incidents/2026/leak.mdx': RESTRICTED_INCIDENT.replace('impact:', 'caused_by: [a]\nimpact:'),
        'incidents/2026/p3.mdx': exampleIncident(),
        'changes/2026/a.mdx': exampleChange({}, 'related_incidents: [p3]'),
      },
      expect: [],
    },
    {
      name: 'a public change names a restricted incident',
      files: { 'incidents/2026/leak.mdx': RESTRICTED_INCIDENT, 'changes/2026/a.mdx': exampleChange({}, 'related_incidents: [leak]') },
      expect: [
        {
          file: 'content/changes/2026/a.mdx',
          line: 17,
          severity: 'error',
          message: 'make this document restricted too (visibility: restricted), or drop the reference',
        },
      ],
    },
    {
      name: "an action item's link and a body link to the restricted incident's page",
      files: {
        'incidents/2026/leak.mdx': RESTRICTED_INCIDENT,
        'incidents/2026/p3.mdx': exampleIncident({}, 'action_items:\n  - { title: 키 교체 자동화, link: "https://handbook.example.com/ops/incidents/leak/" }'),
        'guide/incident-response.mdx': guide('첫 줄\n\n사례는 [유출 사고](../incidents/2026/leak.mdx)를 보세요.\n'),
      },
      expect: [
        { file: 'content/guide/incident-response.mdx', line: 8, severity: 'error', message: 'restricted incident "leak"' },
        { file: 'content/incidents/2026/p3.mdx', line: 15, severity: 'error', message: 'action item' },
      ],
    },
  ],
};
