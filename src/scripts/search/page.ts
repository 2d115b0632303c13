/**
 * The full search page: query, filters (values of one filter are alternatives, different filters all
 * apply), sort by relevance or date, more results on demand. The URL carries the state
 * (`?q=…&kind=런북&sort=date`), so a search can be shared or bookmarked.
 */
import { FILTER_LABELS, FILTER_NAMES, type FilterName } from '../../lib/search/filters.ts';
import { escapeHtml } from '../../lib/search/excerpt.ts';
import { filterValues, search, type SearchPage } from './engine.ts';
import { arrowNavigation, countText, hitHtml, latest, LOAD_ERROR_TEXT } from './render.ts';

const PAGE_SIZE = 20;
/** Where the filters sit beside the results (search.css: the layout's one-column breakpoint). */
const WIDE = '(min-width: 761px)';

export function searchPage(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('.search-page-form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const filtersBox = root.querySelector<HTMLElement>('.search-filters')!;
  const sortSelect = root.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const status = root.querySelector<HTMLElement>('.search-status')!;
  const list = root.querySelector<HTMLElement>('.search-results')!;
  const moreButton = root.querySelector<HTMLButtonElement>('.search-load-more')!;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  sortSelect.value = params.get('sort') === 'date' ? 'date' : 'relevance';
  const selected = new Map<FilterName, Set<string>>(FILTER_NAMES.map((n) => [n, new Set(params.getAll(n))]));

  let current: SearchPage | null = null;
  let shown = 0;
  let sequence = 0;

  const chosenFilters = () => Object.fromEntries([...selected].filter(([, v]) => v.size > 0).map(([k, v]) => [k, [...v]]));

  const syncUrl = () => {
    const next = new URLSearchParams();
    if (input.value.trim()) next.set('q', input.value.trim());
    for (const [name, values] of selected) for (const v of values) next.append(name, v);
    if (sortSelect.value === 'date') next.set('sort', 'date');
    const query = next.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  };

  const showMore = async () => {
    if (!current) return;
    const mine = sequence;
    const hits = await current.hits(shown, shown + PAGE_SIZE);
    if (mine !== sequence) return;
    list.insertAdjacentHTML('beforeend', hits.map(hitHtml).join(''));
    shown += hits.length;
    moreButton.hidden = shown >= current.total;
  };

  const run = async () => {
    const mine = ++sequence;
    syncUrl();
    try {
      const page = await search({
        query: input.value,
        filters: chosenFilters(),
        sort: sortSelect.value === 'date' ? 'date' : 'relevance',
      });
      if (!page || mine !== sequence) return;
      current = page;
      shown = 0;
      list.innerHTML = '';
      updateCounts(page.counts);
      await showMore();
      // The count is announced once the results it counts are on the page.
      if (mine === sequence) status.textContent = countText(input.value.trim(), page.total);
    } catch (error) {
      console.error(error);
      if (mine === sequence) status.textContent = LOAD_ERROR_TEXT;
    }
  };
  const runSoon = latest(150, run);

  const updateCounts = (counts: Record<string, Record<string, number>>) => {
    for (const label of filtersBox.querySelectorAll<HTMLElement>('[data-filter-value]')) {
      const name = label.dataset.filterName!;
      const value = label.dataset.filterValue!;
      const count = counts[name]?.[value] ?? 0;
      label.querySelector('.count')!.textContent = `(${count})`;
    }
  };

  const buildFilters = async () => {
    const all = await filterValues();
    const groups = FILTER_NAMES.filter((name) => Object.keys(all[name] ?? {}).length > 0)
      .map((name) => {
        const values = orderValues(name, Object.keys(all[name] ?? {}));
        const options = values
          .map((value) => {
            const checked = selected.get(name)?.has(value) ? ' checked' : '';
            return `<label data-filter-name="${escapeHtml(name)}" data-filter-value="${escapeHtml(value)}">
              <input type="checkbox" name="${escapeHtml(name)}" value="${escapeHtml(value)}"${checked}>
              <span>${escapeHtml(value)}</span> <span class="count"></span></label>`;
          })
          .join('');
        return `<fieldset><legend>${FILTER_LABELS[name]}</legend>${options}</fieldset>`;
      })
      .join('');
    // On a phone the six groups would push the results below the fold: they start folded (unless a
    // filter is on), beside the results they start open.
    const chosen = [...selected.values()].reduce((n, v) => n + v.size, 0);
    const open = chosen > 0 || matchMedia(WIDE).matches ? ' open' : '';
    filtersBox.innerHTML = `<details class="search-filter-panel"${open}><summary>필터${chosen > 0 ? ` (${chosen}개 선택)` : ''}</summary>${groups}</details>`;
  };

  filtersBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const values = selected.get(box.name as FilterName);
    if (!values) return;
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    void run();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', () => runSoon());
  sortSelect.addEventListener('change', () => void run());
  moreButton.addEventListener('click', () => void showMore());
  arrowNavigation(input, list);

  buildFilters()
    .then(run)
    .catch((error) => {
      console.error(error);
      status.textContent = LOAD_ERROR_TEXT;
    });
}

/** Severities P1→P4, years newest first, the rest in Korean dictionary order. */
function orderValues(name: FilterName, values: string[]): string[] {
  if (name === 'year') return values.sort().reverse();
  return values.sort((a, b) => a.localeCompare(b, 'ko'));
}
