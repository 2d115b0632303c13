/** The compliance rules of the operations guide (issue 3), in the order `--list-rules` shows them. */
import { incidentActionItemOverdue } from './incident-action-item-overdue.ts';
import { incidentActionItemOwner } from './incident-action-item-owner.ts';
import { incidentEscalation } from './incident-escalation.ts';
import { incidentPostmortemComplete } from './incident-postmortem-complete.ts';
import { incidentPostmortemRequired } from './incident-postmortem-required.ts';
import { incidentResponseSla } from './incident-response-sla.ts';
import { incidentRunbookUsed } from './incident-runbook-used.ts';
import { incidentStaleOpen } from './incident-stale-open.ts';
import { securityPhases } from './security-phases.ts';
import type { Rule } from './types.ts';

export const COMPLIANCE_RULES: readonly Rule[] = [
  incidentResponseSla,
  incidentEscalation,
  incidentPostmortemRequired,
  incidentPostmortemComplete,
  incidentActionItemOwner,
  incidentActionItemOverdue,
  incidentRunbookUsed,
  incidentStaleOpen,
  securityPhases,
];
