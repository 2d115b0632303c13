/**
 * Links in document bodies that stay inside the handbook resolve: to a document's page
 * (`/<kind folder>/<id>/`) or a page the site always has. Relative links are read both as the file
 * system reads them (`../runbooks/x.mdx` from the file) and as the browser does (from the page URL).
 */
import type { Definition, Link } from 'mdast';
import { visit } from 'unist-util-visit';
import { KIND_FOLDERS, type Kind } from '../../schemas/kinds.ts';
import type { AnyDocument, Handbook } from '../handbook.ts';
import { mayHaveLinks } from '../mdx.ts';
import { classifyPath, documentKey, documentRoute } from '../paths.ts';
import type { Rule } from './types.ts';
import { mdx } from './util.ts';

const KIND_OF_FOLDER = new Map(Object.entries(KIND_FOLDERS).map(([kind, folder]) => [folder, kind as Kind]));
/** Index and tool pages the site always has. */
const SITE_PAGES = new Set([
  '/',
  '/guide/',
  '/runbooks/',
  '/incidents/',
  '/changes/',
  '/routines/',
  '/reports/',
  '/compliance/',
  '/search/',
  '/tags/',
  '/services/',
  '/rules/',
  '/api/',
]);
/** Generated families of pages (one per period, tag, service, rule, API file, feed, calendar). */
const SITE_PREFIXES = ['/reports/', '/tags/', '/services/', '/rules/', '/api/', '/feeds/', '/calendar/', '/calendar.ics'];
const EXTERNAL = /^([a-z][a-z0-9+.-]*:|\/\/|#)/i;

function routeExists(handbook: Handbook, routines: ReadonlySet<string>, formerKeys: () => ReadonlySet<string>, pathname: string): boolean {
  const route = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (SITE_PAGES.has(route) || SITE_PREFIXES.some((p) => route.startsWith(p))) return true;
  const [, folder, ...rest] = route.slice(0, -1).split('/');
  const kind = KIND_OF_FOLDER.get(folder ?? '');
  if (!kind || rest.length === 0) return false;
  if (kind === 'routine' && rest.length === 1 && routines.has(rest[0]!)) return true;
  const key = documentKey(kind, rest.join('/'));
  // A renamed document's old URL redirects to it (former_ids), so a link to it still lands.
  return handbook.knownKeys.has(key) || formerKeys().has(key);
}

/** The link read relative to the file under content/ (`../runbooks/x.mdx`). */
function fileTarget(handbook: Handbook, document: AnyDocument, target: string): boolean {
  const base = new URL(`file:///content/${document.file.slice('content/'.length)}`);
  const resolved = new URL(target, base).pathname;
  if (!resolved.startsWith('/content/')) return false;
  const decoded = safeDecode(resolved.slice('/content/'.length));
  if (decoded === undefined) return false;
  const rel = decoded.replace(/\/$/, '');
  const classified = classifyPath(/\.mdx?$/.test(rel) ? rel.replace(/\.md$/, '.mdx') : `${rel}.mdx`);
  return classified.ok && handbook.knownKeys.has(documentKey(classified.location.kind, classified.location.id));
}

/** A percent-decoded path, or undefined for a broken escape such as `%E0%A4%A`. */
function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

const guide = (body: string) => mdx('title: 장애 대응\norder: 2\nsection: 장애 대응', body);
const RUNBOOK = mdx(
  'title: DB Master 장애\nsummary: 프라이머리 장애\nservices: [order-db]\nowner: jung-hayoung\nlast_reviewed: 2026-11-01',
  '## 증상\n## 진단\n## 조치\n## 확인\n## 롤백\n',
);

export const contentInternalLink: Rule = {
  id: 'content/internal-link',
  category: 'document',
  severity: 'error',
  source: '문서화',
  description: 'Links between documents and to site pages resolve (e.g. /runbooks/db-primary-failure/ or ../runbooks/db-primary-failure.mdx).',
  check(ctx) {
    const routines = new Set(ctx.policy.routines.map((r) => r.id));
    // Only a link to no current document needs them, and they are in every document's data.
    let former: Set<string> | undefined;
    const formerKeys = () => (former ??= new Set(ctx.handbook.documents.flatMap((d) => d.data.former_ids.map((id) => documentKey(d.kind, id)))));
    for (const document of ctx.targets) {
      // Most bodies have no link syntax at all; skip the MDX parser for them (bench: it dominated the check).
      if (!mayHaveLinks(document.body)) continue;
      const parsed = document.mdx();
      if (!parsed.ok) continue;
      const page = `https://handbook.invalid/${documentRoute(document.kind, document.id)}/`;
      visit(parsed.tree, (node) => {
        if (node.type !== 'link' && node.type !== 'definition') return;
        const { url, position } = node as Link | Definition;
        const target = url.trim();
        if (!target || EXTERNAL.test(target)) return;
        const pathPart = target.split(/[?#]/)[0]!;
        // Images and downloads live in public/, which the check cannot see.
        if (/\.[a-z0-9]+$/i.test(pathPart) && !/\.mdx?$/i.test(pathPart)) return;
        const pathname = safeDecode(new URL(pathPart, page).pathname);
        if (pathname === undefined) {
          ctx.report({
            document,
            line: document.bodyLine + (position?.start.line ?? 1) - 1,
            column: position?.start.column ?? 1,
            message: `Expected a link with valid percent-escapes, found "${target}"; write the characters themselves (e.g. /runbooks/복제-지연/) or escape them fully`,
          });
          return;
        }
        if (routeExists(ctx.handbook, routines, formerKeys, pathname) || (!pathPart.startsWith('/') && fileTarget(ctx.handbook, document, pathPart))) return;
        ctx.report({
          document,
          line: document.bodyLine + (position?.start.line ?? 1) - 1,
          column: position?.start.column ?? 1,
          message: `Cannot find the page "${target}" this link points to; link a document as /<folder>/<id>/ (e.g. /runbooks/db-primary-failure/) or a site page`,
        });
      });
    }
  },
  examples: [
    {
      name: 'links to a runbook page, a runbook file and the compliance page',
      files: {
        'runbooks/db-primary-failure.mdx': RUNBOOK,
        'guide/incident-response.mdx': guide('[런북](/runbooks/db-primary-failure/), [파일](../runbooks/db-primary-failure.mdx), [준수](/compliance/)\n'),
      },
      expect: [],
    },
    {
      name: 'a link to a runbook that does not exist',
      files: {
        'runbooks/db-primary-failure.mdx': RUNBOOK,
        'guide/incident-response.mdx': guide('첫 줄\n\n자세한 절차는 [런북](/runbooks/db-primary-failur/)을 보세요.\n'),
      },
      expect: [{ file: 'content/guide/incident-response.mdx', line: 8, severity: 'error', message: '/runbooks/db-primary-failur/' }],
    },
  ],
};
