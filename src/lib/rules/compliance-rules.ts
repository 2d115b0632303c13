/** The compliance rules of the operations guide, in the order `--list-rules` shows them. */
import { incidentActionItemOverdue } from './incident-action-item-overdue.ts';
import { incidentActionItemOwner } from './incident-action-item-owner.ts';
import { incidentEscalation } from './incident-escalation.ts';
import { incidentPostmortemComplete } from './incident-postmortem-complete.ts';
import { incidentPostmortemRequired } from './incident-postmortem-required.ts';
import { incidentResponseSla } from './incident-response-sla.ts';
import { incidentRunbookUsed } from './incident-runbook-used.ts';
import { incidentPreventiveAction } from './incident-preventive-action.ts';
import { runbookReviewedAfterIncident } from './runbook-reviewed-after-incident.ts';
import { incidentStaleOpen } from './incident-stale-open.ts';
import { securityPhases } from './security-phases.ts';
import { changeRequiredSections } from './change-required-sections.ts';
import { changeFourEyes } from './change-four-eyes.ts';
import { changeApprovedBeforeExecution } from './change-approved-before-execution.ts';
import { changeEmergencyReason } from './change-emergency-reason.ts';
import { changeEmergencyDocumented } from './change-emergency-documented.ts';
import { changeResultRecorded } from './change-result-recorded.ts';
import { changeConflict } from './change-conflict.ts';
import { changeIncidentLink } from './change-incident-link.ts';
import { runbookReviewExpired } from './runbook-review-expired.ts';
import { runbookRequiredSections } from './runbook-required-sections.ts';
import { runbookScenarioCoverage } from './runbook-scenario-coverage.ts';
import { runbookExercised } from './runbook-exercised.ts';
import { routineMissed } from './routine-missed.ts';
import { routineFailed } from './routine-failed.ts';
import { reportMissing } from './report-missing.ts';
import { reportBackupCheck } from './report-backup-check.ts';
import { handbookRequiredDocuments } from './handbook-required-documents.ts';
import { contentSecret } from './content-secret.ts';
import { contentInternalLink } from './content-internal-link.ts';
import type { Rule } from './types.ts';

export const COMPLIANCE_RULES: readonly Rule[] = [
  incidentResponseSla,
  incidentEscalation,
  incidentPostmortemRequired,
  incidentPostmortemComplete,
  incidentActionItemOwner,
  incidentActionItemOverdue,
  incidentPreventiveAction,
  incidentRunbookUsed,
  incidentStaleOpen,
  securityPhases,
  changeRequiredSections,
  changeFourEyes,
  changeApprovedBeforeExecution,
  changeEmergencyReason,
  changeEmergencyDocumented,
  changeResultRecorded,
  changeConflict,
  changeIncidentLink,
  runbookReviewExpired,
  runbookReviewedAfterIncident,
  runbookRequiredSections,
  runbookScenarioCoverage,
  runbookExercised,
  routineMissed,
  routineFailed,
  reportMissing,
  reportBackupCheck,
  handbookRequiredDocuments,
  contentSecret,
  contentInternalLink,
];
