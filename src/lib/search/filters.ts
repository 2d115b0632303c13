/**
 * The search filters, in the order the search page shows them, with their Korean labels. Kept free of
 * imports: the browser bundle of the search page uses it.
 */
export const FILTER_LABELS = {
  kind: '종류',
  service: '서비스',
  severity: '심각도',
  scenario: '시나리오',
  status: '상태',
  year: '연도',
} as const;
export type FilterName = keyof typeof FILTER_LABELS;
export const FILTER_NAMES = Object.keys(FILTER_LABELS) as FilterName[];

/**
 * The kinds of page that say what to do (runbooks, guide pages), as the kind filter names them: they
 * outrank records matching as well (src/scripts/search/engine.ts).
 */
export const PROCEDURE_KINDS = ['런북', '운영 가이드'] as const;
