/**
 * Where the documents a pull request changes appear in its built site, for the step summary beside the
 * uploaded preview: the page of each changed document, or why it has none (deleted, restricted, broken).
 * Pure.
 */
import { forAudience, type Audience } from './audience.ts';
import type { Handbook } from './handbook.ts';
import { classifyPath, documentKey, documentRoute } from './paths.ts';

export interface PreviewPage {
  /** The changed file, `content/...`. */
  file: string;
  /** Path of its page inside the built site (`runbooks/x/index.html`), when the build has one. */
  page?: string;
  /** Why there is no page. */
  note?: string;
}

export function previewPages(handbook: Handbook, changed: Iterable<string>, audience: Audience): PreviewPage[] {
  const visible = forAudience(handbook, audience);
  const rows: PreviewPage[] = [];
  for (const file of [...changed].filter((f) => f.startsWith('content/') && f.endsWith('.mdx')).sort()) {
    const classified = classifyPath(file.slice('content/'.length));
    if (!classified.ok) {
      rows.push({ file, note: '경로가 올바르지 않아 페이지가 없습니다' });
      continue;
    }
    const { kind, id } = classified.location;
    const key = documentKey(kind, id);
    if (visible.byKey.has(key)) rows.push({ file, page: `${documentRoute(kind, id)}/index.html` });
    else if (handbook.byKey.has(key)) rows.push({ file, note: '제한 문서: 공개 빌드에는 없습니다' });
    else if (handbook.knownKeys.has(key)) rows.push({ file, note: '검사 오류로 페이지가 없습니다' });
    else rows.push({ file, note: '삭제됨' });
  }
  return rows;
}

/** The step summary section: a table of changed documents and their pages in the preview artifact. */
export function formatPreviewPages(rows: readonly PreviewPage[], artifact: string): string {
  if (rows.length === 0) return `### 미리보기\n\n바뀐 문서가 없습니다. 빌드한 사이트는 아티팩트 \`${artifact}\`에 있습니다.\n`;
  const lines = rows.map((r) => `| \`${r.file}\` | ${r.page ? `\`${r.page}\`` : (r.note ?? '')} |`);
  return [
    `### 미리보기`,
    '',
    `빌드한 사이트는 아티팩트 \`${artifact}\`에 있습니다. 바뀐 문서의 페이지:`,
    '',
    '| 문서 | 페이지 (아티팩트 안) |',
    '|---|---|',
    ...lines,
    '',
  ].join('\n');
}
