/**
 * The safe content profile: what an author may write in a document body. One module serves the check's
 * `content/*` rules (which refuse anything else at file:line) and the renderer's sanitiser (which drops
 * anything else even when the check was skipped), so the two cannot drift apart. Documents are data:
 * nothing here may let a document run code, at build time or in a reader's browser, or load from
 * another origin. See docs/security.md.
 */

/**
 * The JSX components a document may use, by name. Each takes no attributes and stands on its own line
 * (flow content): they render tables from content/policy.yaml, so the guide and the check never disagree.
 */
export const REGISTERED_COMPONENTS = ['SeverityTable', 'ScenarioList', 'RoutineTable', 'ReportCadences', 'ThresholdTable', 'ChangeApprovalTable'] as const;
export type RegisteredComponent = (typeof REGISTERED_COMPONENTS)[number];

const COMPONENT_SET: ReadonlySet<string> = new Set(REGISTERED_COMPONENTS);

export function isRegisteredComponent(name: string): name is RegisteredComponent {
  return COMPONENT_SET.has(name);
}

/**
 * Raw HTML elements an author may write (as MDX reads them: JSX with lower-case names), each with the
 * attributes it may carry. Nothing that runs script, styles the page, embeds another document or submits
 * data: never `script`, `style`, `iframe`, `object`, `embed`, `form`, `on*` handlers or `style`/`class`
 * attributes (classes would let a document dress up as the site's own warnings).
 */
export const ALLOWED_HTML: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title'],
  abbr: ['title'],
  b: [],
  blockquote: [],
  br: [],
  caption: [],
  code: [],
  dd: [],
  del: [],
  details: ['open'],
  div: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  i: [],
  img: ['src', 'alt', 'title', 'width', 'height'],
  ins: [],
  kbd: [],
  li: [],
  mark: [],
  ol: ['start', 'reversed'],
  p: [],
  pre: [],
  q: [],
  s: [],
  samp: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan', 'align'],
  tfoot: [],
  th: ['colspan', 'rowspan', 'align', 'scope'],
  thead: [],
  tr: [],
  u: [],
  ul: [],
  var: [],
  wbr: [],
};

/** Elements whose content is dropped with them (the rest keep their text when the tag is removed). */
export const DROPPED_WITH_CONTENT = [
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'template',
  'noscript',
  'textarea',
  'select',
  'svg',
  'math',
  'frame',
  'frameset',
  'applet',
] as const;

/** Attributes that carry a URL, and whether the browser loads it (an embed) or only links to it. */
export const URL_ATTRIBUTES: Readonly<Record<string, 'link' | 'embed'>> = { href: 'link', src: 'embed' };

/** Schemes a link may use; anything else (javascript:, vbscript:, data:, file:…) is refused. */
export const LINK_PROTOCOLS = ['https', 'http', 'mailto'] as const;

/** Where a document's images live: `content/assets/…`, published at `/assets/…`. */
export const ASSET_FOLDER = 'assets';
const ASSET_URL_PREFIX = `/${ASSET_FOLDER}/`;
/** Image types an asset may have. SVG is refused: opened directly, an SVG can run script. */
export const ASSET_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif'] as const;

export type UrlVerdict = { ok: true; kind: 'relative' | 'external' | 'asset' } | { ok: false; reason: string };

/**
 * The URL as a browser reads it: tabs and newlines anywhere are removed and leading/trailing control
 * characters and spaces stripped (WHATWG URL parsing), so `java\tscript:` is `javascript:`.
 */
export function browserUrl(url: string): string {
  // eslint-disable-next-line no-control-regex
  return url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

function schemeOf(url: string): string | undefined {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  return match ? match[1]!.toLowerCase() : undefined;
}

/** Whether a URL may be linked to (`href`, a Markdown link or link definition). */
export function checkLinkUrl(raw: string): UrlVerdict {
  const url = browserUrl(raw);
  if (url.includes('\\')) return { ok: false, reason: 'a backslash in a URL is read as "/" by browsers; write "/"' };
  const scheme = schemeOf(url);
  if (scheme === undefined) return { ok: true, kind: url.startsWith('//') ? 'external' : 'relative' };
  if ((LINK_PROTOCOLS as readonly string[]).includes(scheme)) return { ok: true, kind: 'external' };
  return { ok: false, reason: `a "${scheme}:" URL is not allowed; use https:, http:, mailto: or a site path such as /runbooks/<id>/` };
}

/**
 * Whether a URL may be loaded by the page (an image's `src`): only the site's own assets. Linking to
 * another site is fine; loading from it is not (it would tell that site who reads the handbook, and
 * break with no outside network).
 */
export function checkEmbedUrl(raw: string): UrlVerdict {
  const url = browserUrl(raw);
  const link = checkLinkUrl(url);
  if (!link.ok) return link;
  if (link.kind === 'external')
    return { ok: false, reason: `images load only from the site itself; put the file in content/${ASSET_FOLDER}/ and write ${ASSET_URL_PREFIX}<file>` };
  const path = url.split(/[?#]/)[0]!;
  if (!path.startsWith(ASSET_URL_PREFIX))
    return { ok: false, reason: `images live in content/${ASSET_FOLDER}/; write ${ASSET_URL_PREFIX}<file> (found "${raw}")` };
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (extension === 'svg') return { ok: false, reason: 'SVG images are not allowed (opened directly, an SVG can run script); use PNG or WebP' };
  if (!extension || !(ASSET_EXTENSIONS as readonly string[]).includes(extension)) {
    return { ok: false, reason: `an image must be one of ${ASSET_EXTENSIONS.join(', ')}` };
  }
  return { ok: true, kind: 'asset' };
}

/** The asset file (relative to content/) an embed URL names, or undefined when it names none. */
export function assetPathOf(url: string): string | undefined {
  const path = browserUrl(url).split(/[?#]/)[0]!;
  if (!path.startsWith(ASSET_URL_PREFIX)) return undefined;
  try {
    return `${ASSET_FOLDER}/${decodeURIComponent(path.slice(ASSET_URL_PREFIX.length))}`;
  } catch {
    return undefined;
  }
}

/** Whether an MDX expression is only a comment (`{/* … *\/}`), the one expression a document may hold. */
export function isCommentExpression(value: string): boolean {
  return value.trim() !== '' && value.replace(/\/\*[\s\S]*?\*\//g, '').trim() === '';
}
