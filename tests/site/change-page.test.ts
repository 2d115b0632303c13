/** A change page states the approvals the check requires: none for a standard (pre-approved) change. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { requiredApprovals } from '../../src/lib/sla.ts';
import { exampleHandbook, pageFile, siteDist } from './dist.ts';

describe('change pages', () => {
  it('show the number of approvals the change needs, as the check counts them', async () => {
    const handbook = await exampleHandbook();
    const changes = handbook.documents.filter((d) => d.kind === 'change' && d.visibility === 'public');
    expect(changes.some((c) => c.kind === 'change' && c.data.type === 'standard')).toBe(true);
    for (const change of changes) {
      if (change.kind !== 'change') continue;
      const html = await readFile(path.join(siteDist(), pageFile(change)), 'utf8');
      const needed = requiredApprovals(handbook.policy, change.data);
      if (needed === 0) {
        expect(html, change.file).toContain('표준 변경: 사전 승인됨');
        expect(html, change.file).not.toMatch(/\/\d+명 필요/);
      } else {
        expect(html, change.file).toContain(`${change.data.approvals.length}/${needed}명 필요`);
      }
    }
  });
});
