/** One import for every schema and type. */
export * from './common.ts';
export * from './policy.ts';
export * from './guide.ts';
export * from './runbook.ts';
export * from './incident.ts';
export * from './change.ts';
export * from './routine.ts';
export * from './report.ts';
export * from './kinds.ts';
