/**
 * The incident the incident rules' examples start from: a P3, resolved the same morning it began.
 * Line numbers (1-based in the file): 2 title, 3 severity, 4 status, 5 services, 6 detection,
 * 7 commander, 8 timeline, 9 started, 10 detected, 11 acknowledged, 12 resolved, 13 impact;
 * `extra` starts at line 14.
 */
import { mdx } from './util.ts';

export function exampleIncident(replace: Record<string, string> = {}, extra = '', body = ''): string {
  let text = `
title: 결제 API 응답 지연
severity: P3
status: resolved
services: [payment-api]
detection: monitoring
commander: kim-minsu
timeline:
  started: 2026-11-02T10:00:00+09:00
  detected: 2026-11-02T10:05:00+09:00
  acknowledged: 2026-11-02T10:10:00+09:00
  resolved: 2026-11-02T12:00:00+09:00
impact: { summary: 결제 지연 }
${extra}`;
  for (const [from, to] of Object.entries(replace)) text = text.replace(from, to);
  return mdx(text, body);
}
