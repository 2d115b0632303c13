/** Search-as-you-type into a result list: the modal and the home page box. */
import { search, siteBase } from './engine.ts';
import { arrowNavigation, countText, hitHtml, latest, LOAD_ERROR_TEXT } from './render.ts';

export interface LiveParts {
  input: HTMLInputElement;
  list: HTMLElement;
  status: HTMLElement;
  /** "전체 결과" link, kept pointing at the search page for the current query. */
  more?: HTMLAnchorElement;
  limit: number;
}

export function liveResults(parts: LiveParts): { run(): void } {
  const { input, list, status, more, limit } = parts;
  let sequence = 0;

  const run = latest(120, async () => {
    const mine = ++sequence;
    const query = input.value.trim();
    if (more) more.href = `${siteBase()}search/${query ? `?q=${encodeURIComponent(query)}` : ''}`;
    if (query === '') {
      list.innerHTML = '';
      status.textContent = '';
      return;
    }
    try {
      const page = await search({ query });
      if (!page || mine !== sequence) return;
      const hits = await page.hits(0, limit);
      if (mine !== sequence) return;
      list.innerHTML = hits.map(hitHtml).join('');
      status.textContent = countText(query, page.total);
    } catch (error) {
      console.error(error);
      if (mine === sequence) status.textContent = LOAD_ERROR_TEXT;
    }
  });

  input.addEventListener('input', () => run());
  arrowNavigation(input, list);
  return { run };
}
