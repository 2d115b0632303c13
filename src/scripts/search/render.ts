/** Result lists as HTML, the same in the modal, the home page box and the search page. */
import { escapeHtml } from '../../lib/search/excerpt.ts';
import type { SearchHit } from './engine.ts';

export function hitHtml(hit: SearchHit): string {
  const badges = [
    hit.kind && `<span class="search-kind">${escapeHtml(hit.kind)}</span>`,
    hit.severity && `<span class="search-sev search-sev-${escapeHtml(hit.severity.toLowerCase())}">${escapeHtml(hit.severity)}</span>`,
    hit.status && `<span class="search-status">${escapeHtml(hit.status)}</span>`,
    hit.date && hit.date !== '0000-00-00' && `<time datetime="${escapeHtml(hit.date)}">${escapeHtml(hit.date)}</time>`,
  ].filter(Boolean);
  // The excerpt is pagefind's page text (already HTML-escaped) with <mark> added: safe to insert.
  return `<li class="search-hit"><a href="${escapeHtml(hit.url)}" class="search-hit-link">
    <span class="search-hit-title">${escapeHtml(hit.title)}</span>
    <span class="search-hit-badges">${badges.join(' ')}</span>
    <span class="search-hit-excerpt">${hit.excerpt}</span></a></li>`;
}

/** Status line for a result count, in Korean. */
export function countText(query: string, total: number): string {
  if (total === 0) return query ? `“${query}”에 맞는 문서가 없습니다. 띄어쓰기나 더 짧은 낱말로 다시 찾아 보세요.` : '조건에 맞는 문서가 없습니다.';
  return query ? `“${query}” 검색 결과 ${total}건` : `문서 ${total}건`;
}

export const LOAD_ERROR_TEXT = '검색 색인을 불러오지 못했습니다. 사이트를 `npm run build`로 빌드했는지 확인하세요.';

/** Moves focus between result links with the arrow keys (Enter then follows the link). */
export function arrowNavigation(input: HTMLInputElement, list: HTMLElement): void {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a.search-hit-link')];
  const move = (event: KeyboardEvent, from: number) => {
    const all = links();
    if (all.length === 0) return;
    event.preventDefault();
    const to = event.key === 'ArrowDown' ? from + 1 : from - 1;
    if (to < 0) input.focus();
    else all[Math.min(to, all.length - 1)]?.focus();
  };
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') move(event, -1);
  });
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    move(event, links().indexOf(document.activeElement as HTMLAnchorElement));
  });
}

/** Runs `work` after the user stops typing for `ms`; only the latest call's result is used. */
export function latest<A extends unknown[]>(ms: number, work: (...args: A) => Promise<void>): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => void work(...args), ms);
  };
}
