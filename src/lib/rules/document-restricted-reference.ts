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
import type { Kind } from '../../schemas/kinds.ts';
import type { AnyDocument } from '../handbook.ts';
import { documentKey } from '../paths.ts';
import { documentKindsOf, referencesOf, REFERENCE_NAMES } from './document-reference.ts';
import { exampleChange } from './change-example.ts';
import { exampleIncident } from './incident-example.ts';
import { documentLinks, endsIn, linkPaths, namingPaths } from '../link-targets.ts';
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
const FIELD_MESSAGES = {
  'action-item': (hit: AnyDocument) => `Expected the action item to link a public page, found the page of ${named(hit)}; ${FIX}`,
  evidence: (hit: AnyDocument) => `Expected evidence that names public pages only, found the page of ${named(hit)}; ${FIX}`,
};

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
      for (const link of documentLinks(document)) {
        const hit = linkPaths(document, link.url)
          .map((p) => endsIn(paths, p))
          .find((d) => d !== undefined);
        if (!hit) continue;
        if (link.source === 'body') {
          ctx.report({
            document,
            line: link.line,
            column: link.column,
            message: `Expected links to public documents only, found "${link.url}" to ${named(hit)}; ${FIX}`,
          });
        } else {
          ctx.report({ document, at: link.at, message: FIELD_MESSAGES[link.source](hit) });
        }
      }
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
