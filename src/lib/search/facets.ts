/**
 * What the search index knows about a document besides its text: the filters (kind, service, severity,
 * scenario, status, year), the metadata shown in a result and the date results sort by. Pure: the
 * SearchMeta component renders these as pagefind attributes, so a page and its index entry agree.
 */
import { incidentScenarios } from '../incident.ts';
import type { AnyDocument } from '../handbook.ts';
import { parsePeriod } from '../periods.ts';
import { isoDayIn } from '../time.ts';
import { KIND_LABELS } from '../labels.ts';
import type { Policy } from '../../schemas/policy.ts';
import type { FilterName } from './filters.ts';
// The site's labels, so a filter value reads exactly like the badge on the page.
import { CHANGE_RESULT_LABELS, INCIDENT_STATUS_LABELS, OUTCOME_LABELS } from '../labels.ts';

/** Status filter value of a change that has not run yet. */
const PLANNED_LABEL = '예정';

/** Everything the index records about one page, already in display form (Korean labels, policy-zone dates). */
export interface SearchFacets {
  kind: string;
  title?: string;
  services: string[];
  severity?: string;
  scenarios: string[];
  status?: string;
  /** `YYYY-MM-DD` in the policy time zone: shown in results and used to sort by date. */
  date?: string;
  /** Other names the page is searched by (policy aliases); indexed, never shown. */
  aliases?: string[];
}

/** Filters as pagefind stores them: name → values. `year` is derived from the date. */
export function facetFilters(f: SearchFacets): Record<FilterName, string[]> {
  return {
    kind: [f.kind],
    service: unique(f.services),
    severity: f.severity ? [f.severity] : [],
    scenario: unique(f.scenarios),
    status: f.status ? [f.status] : [],
    year: f.date ? [f.date.slice(0, 4)] : [],
  };
}

/** Metadata shown next to a result; `title` only when the page's own h1 should not be used. */
export function facetMeta(f: SearchFacets): Record<string, string> {
  const meta: Record<string, string> = { kind: f.kind };
  if (f.title) meta.title = f.title;
  if (f.date) meta.date = f.date;
  if (f.severity) meta.severity = f.severity;
  if (f.status) meta.status = f.status;
  if (f.aliases?.length) meta.aliases = unique(f.aliases).join(' / ');
  return meta;
}

export function documentFacets(doc: AnyDocument, policy: Policy): SearchFacets {
  const tz = policy.timezone;
  const scenarioName = (id: string | undefined) => (id === undefined ? [] : [policy.scenarios.find((s) => s.id === id)?.name ?? id]);
  const base = { kind: KIND_LABELS[doc.kind], services: [] as string[], scenarios: [] as string[] };
  switch (doc.kind) {
    case 'guide':
      return { ...base, title: doc.data.title, aliases: policy.search.aliases[`guide/${doc.id}`] ?? [] };
    case 'runbook': {
      const scenarios = doc.data.scenarios.map((id) => policy.scenarios.find((s) => s.id === id));
      return {
        ...base,
        title: doc.data.title,
        services: doc.data.services,
        scenarios: doc.data.scenarios.flatMap(scenarioName),
        date: doc.data.last_reviewed,
        aliases: [...scenarios.flatMap((s) => s?.aliases ?? []), ...(policy.search.aliases[`runbooks/${doc.id}`] ?? [])],
      };
    }
    case 'incident':
      return {
        ...base,
        title: doc.data.title,
        services: doc.data.services,
        severity: doc.data.severity,
        scenarios: incidentScenarios(doc.data).flatMap(scenarioName),
        status: INCIDENT_STATUS_LABELS[doc.data.status],
        date: isoDayIn(tz, doc.data.timeline.started),
      };
    case 'change': {
      const when = doc.data.executed_at ?? doc.data.window?.start;
      return {
        ...base,
        title: doc.data.title,
        services: doc.data.services,
        status: doc.data.result ? CHANGE_RESULT_LABELS[doc.data.result] : PLANNED_LABEL,
        date: when ? isoDayIn(tz, when) : undefined,
      };
    }
    case 'routine':
      return {
        ...base,
        title: doc.data.title,
        status: OUTCOME_LABELS[doc.data.outcome],
        date: isoDayIn(tz, doc.data.performed_at),
      };
    case 'report': {
      const { cadence, period } = doc.location;
      const first = cadence && period ? parsePeriod(cadence, period)?.first.toString() : undefined;
      return { ...base, title: doc.data.title, date: first };
    }
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((v) => v.trim() !== ''))];
}
