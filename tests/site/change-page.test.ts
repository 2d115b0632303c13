/** A change page states the approvals the check requires: none for a standard (pre-approved) change. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { approvalStanding, requiredApprovals } from '../../src/lib/sla.ts';
import { isPersonApproval } from '../../src/schemas/change.ts';
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
        // As change/four-eyes counts: gates are not people, nor is the requester or someone without an approver role.
        expect(html, change.file).toContain(`${approvalStanding(handbook.policy, change.data).counted}/${needed}명 필요`);
      }
    }
  });

  it('show an automated approval gate as a gate, apart from the people who approved', async () => {
    const handbook = await exampleHandbook();
    const gated = handbook.documents.find((d) => d.kind === 'change' && d.visibility === 'public' && d.data.approvals.some((a) => !isPersonApproval(a)));
    if (gated?.kind !== 'change') throw new Error('the example handbook should record an automated gate on a public change');
    const html = await readFile(path.join(siteDist(), pageFile(gated)), 'utf8');
    const gatesTable = html.slice(html.indexOf('data-approval-gates'));
    expect(gatesTable).toContain('<code>ci-policy-check</code>');
    expect(gatesTable).toContain('사람의 승인으로 세지 않음');
    const peopleTable = html.slice(html.indexOf('approvals-heading'), html.indexOf('data-approval-gates'));
    expect(peopleTable).not.toContain('ci-policy-check');
    expect(html).toContain(`1/${requiredApprovals(handbook.policy, gated.data)}명 필요`);
  });
});
