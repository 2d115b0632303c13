/**
 * One report model as the page and `/api/reports/daily/2026-11-20.json` render it: the day of incident c,
 * caused by change x (see tests/reports/handbook.ts).
 */
import { expect, test } from 'vitest';
import { buildReportModels } from '../../src/lib/reports/model.ts';
import { NOW, publicDocuments, testHandbook } from './handbook.ts';

test('the daily report of 20 November 2026', () => {
  const handbook = testHandbook();
  const models = buildReportModels({ policy: handbook.policy, documents: publicDocuments(handbook.documents), diagnostics: [], now: NOW });
  const model = models.daily.find((m) => m.period === '2026-11-20');
  expect(model).toMatchInlineSnapshot(`
    {
      "asOf": "2026-11-20",
      "cadence": "daily",
      "deltas": {
        "actionItems.opened": 1,
        "changes.byResult.succeeded": 1,
        "changes.byType.normal": 1,
        "changes.failures": 1,
        "changes.total": 1,
        "incidents.byScenario.db-primary-failure": 1,
        "incidents.bySeverity.P1.count": 1,
        "incidents.bySeverity.P1.slaMet": 1,
        "incidents.escalation.late": 1,
        "incidents.escalation.required": 1,
        "incidents.sla.met": 1,
        "incidents.total": 1,
      },
      "figures": {
        "actionItems": {
          "closed": 0,
          "opened": 1,
          "overdue": 1,
        },
        "changes": {
          "byResult": {
            "failed": 0,
            "pending": 0,
            "rolled-back": 0,
            "succeeded": 1,
          },
          "byType": {
            "emergency": 0,
            "normal": 1,
            "standard": 0,
          },
          "emergencyLate": 0,
          "emergencySharePct": 0,
          "failureRatePct": 100,
          "failures": 1,
          "items": [
            {
              "emergencyLate": false,
              "failed": true,
              "id": "x",
              "result": "succeeded",
              "title": "테스트 변경",
              "type": "normal",
            },
          ],
          "restoreMinutes": 30,
          "total": 1,
        },
        "daily": {
          "alerts": {
            "critical": 0,
            "total": 0,
          },
          "backups": {
            "config": 0,
            "full": 0,
            "fullPct": 0,
            "incremental": 0,
            "incrementalPct": 0,
            "logs": 0,
          },
          "days": 1,
          "reported": 0,
          "status": {
            "degraded": 0,
            "normal": 0,
            "outage": 0,
          },
        },
        "findings": {
          "byRule": {},
          "items": [],
          "total": 0,
        },
        "incidents": {
          "byScenario": {
            "app-cpu-overload": 0,
            "app-memory-leak": 0,
            "app-slow-response": 0,
            "db-primary-failure": 1,
            "db-replica-failure": 0,
            "db-replication-lag": 0,
            "net-disconnect": 0,
            "net-latency": 0,
            "net-packet-loss": 0,
            "unclassified": 0,
          },
          "bySeverity": {
            "P1": {
              "count": 1,
              "mttaMinutes": 5,
              "mttrMinutes": 120,
              "slaBreached": 0,
              "slaMet": 1,
            },
            "P2": {
              "count": 0,
              "mttaMinutes": null,
              "mttrMinutes": null,
              "slaBreached": 0,
              "slaMet": 0,
            },
            "P3": {
              "count": 0,
              "mttaMinutes": null,
              "mttrMinutes": null,
              "slaBreached": 0,
              "slaMet": 0,
            },
            "P4": {
              "count": 0,
              "mttaMinutes": null,
              "mttrMinutes": null,
              "slaBreached": 0,
              "slaMet": 0,
            },
          },
          "escalation": {
            "adherencePct": 0,
            "late": 1,
            "missing": 0,
            "onTime": 0,
            "pending": 0,
            "required": 1,
          },
          "items": [
            {
              "detected": "2026-11-20T20:00:00+09:00",
              "escalation": "late",
              "id": "c",
              "scenario": "db-primary-failure",
              "severity": "P1",
              "sla": "met",
              "status": "resolved",
              "title": "테스트 장애 2026-11-20T20:00:00+09:00",
            },
          ],
          "security": 0,
          "sla": {
            "adherencePct": 100,
            "breached": 0,
            "met": 1,
            "pending": 0,
          },
          "total": 1,
          "unresolved": 0,
        },
        "performance": null,
        "routines": {
          "done": 0,
          "due": 0,
          "failed": 0,
          "missed": 0,
          "occurrences": [],
          "pending": 0,
        },
        "runbooks": {
          "expired": 1,
          "expiring": 1,
          "fresh": 0,
          "freshPct": 50,
          "total": 2,
          "unknown": 0,
        },
        "security": null,
      },
      "first": "2026-11-20",
      "inProgress": false,
      "label": "2026년 11월 20일 (금)",
      "last": "2026-11-20",
      "narrative": null,
      "next": "2026-11-21",
      "period": "2026-11-20",
      "previous": "2026-11-19",
      "required": false,
      "title": "일일 운영 보고서 · 2026년 11월 20일 (금)",
      "trend": [],
    }
  `);
});
