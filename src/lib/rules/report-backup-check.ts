/** A daily report records verified full (daily) and incremental (hourly) backups (guide: 일상 운영 → 백업). */
import type { DailyReport } from '../../schemas/report.ts';
import type { Rule } from './types.ts';
import { mdx } from './util.ts';

const daily = (backups: string) => mdx(`author: lee-seoyeon\nsystem_status: normal\nbackups: ${backups}`);

export const reportBackupCheck: Rule = {
  id: 'report/backup-check',
  category: 'policy',
  severity: 'info',
  source: '일상 운영 → 백업',
  description: 'A daily report confirms the full backup and all 24 hourly incremental backups were verified.',
  check(ctx) {
    for (const document of ctx.targetsOf('report')) {
      if (document.location.cadence !== 'daily') continue;
      const backups = (document.data as DailyReport).backups;
      const day = document.location.period;
      if (!backups.full)
        ctx.report({ document, at: ['backups', 'full'], day, message: 'Expected the daily full backup verified (backups.full: true), found false' });
      if (!backups.incremental) {
        ctx.report({
          document,
          at: ['backups', 'incremental'],
          day,
          message: 'Expected the hourly incremental backups verified (backups.incremental: true), found false',
        });
      } else if (backups.incremental_count !== undefined && backups.incremental_count < 24) {
        ctx.report({
          document,
          at: ['backups', 'incremental_count'],
          day,
          message: `Expected 24 hourly incremental backups verified, found ${backups.incremental_count}`,
        });
      }
    }
  },
  examples: [
    { name: 'both verified', files: { 'reports/daily/2026-11-25.mdx': daily('{ full: true, incremental: true, incremental_count: 24 }') }, expect: [] },
    {
      name: 'full backup not verified',
      files: { 'reports/daily/2026-11-25.mdx': daily('\n  full: false\n  incremental: true') },
      expect: [{ file: 'content/reports/daily/2026-11-25.mdx', line: 5, severity: 'info', message: 'backups.full' }],
    },
  ],
};
