/** Every rule, in the order they are listed. Add a rule by adding its module here. */
import { documentMdx } from './document-mdx.ts';
import { loadRules } from './document-load.ts';
import { documentFormerId } from './document-former-id.ts';
import { documentPlacement } from './document-placement.ts';
import { documentPlaceholder } from './document-placeholder.ts';
import { codeownersOutdated } from './codeowners-outdated.ts';
import { documentReference } from './document-reference.ts';
import { documentRestrictedReference } from './document-restricted-reference.ts';
import { incidentTimelineOrder } from './incident-timeline-order.ts';
import { incidentSeverityHistory } from './incident-severity-history.ts';
import { incidentDeprecatedField } from './incident-deprecated-field.ts';
import { incidentContributingFactor } from './incident-contributing-factor.ts';
import { policySearchAlias } from './policy-search-alias.ts';
import { incidentStatusAgrees } from './incident-status-agrees.ts';
import { reportPeriodRange } from './report-period-range.ts';
import type { Rule } from './types.ts';
import { COMPLIANCE_RULES } from './compliance-rules.ts';
import { contentComponent } from './content-component.ts';
import { contentEmbed } from './content-embed.ts';
import { contentEsm } from './content-esm.ts';
import { contentExpression } from './content-expression.ts';
import { contentHtml } from './content-html.ts';
import { contentUrl } from './content-url.ts';

/** The safe content profile (src/lib/content-profile.ts): documents are data. */
const CONTENT_PROFILE_RULES: readonly Rule[] = [contentEsm, contentExpression, contentComponent, contentHtml, contentUrl, contentEmbed];

export const RULES: readonly Rule[] = [
  ...loadRules,
  documentMdx,
  ...CONTENT_PROFILE_RULES,
  documentReference,
  documentRestrictedReference,
  documentFormerId,
  documentPlacement,
  incidentTimelineOrder,
  incidentSeverityHistory,
  incidentDeprecatedField,
  incidentContributingFactor,
  incidentStatusAgrees,
  reportPeriodRange,
  documentPlaceholder,
  codeownersOutdated,
  policySearchAlias,
  ...COMPLIANCE_RULES,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

export type { Rule } from './types.ts';
