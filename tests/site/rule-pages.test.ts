/**
 * Rule pages, the rules list and the compliance page count findings one way (src/lib/compliance.ts): a
 * suppressed finding is listed on its rule's page with its reason, but it is not counted as a finding.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteDist } from './dist.ts';

const page = (file: string) => readFile(path.join(siteDist(), file), 'utf8');

describe('rule pages', () => {
  it('count a suppressed finding apart from the findings, as the rules list does', async () => {
    // The example handbook suppresses one routine/failed finding (content/routines/backup-restore-test/2026-10-15.mdx).
    const html = await page('rules/routine/failed/index.html');
    const heading = /현재 발견 사항 \((\d+)건, 예외 처리 (\d+)건\)/.exec(html);
    expect(heading, 'the heading names the suppressed findings apart').not.toBeNull();
    const [counted, suppressed] = [Number(heading![1]), Number(heading![2])];
    expect(suppressed).toBeGreaterThan(0);
    const section = html.slice(html.indexOf('현재 발견 사항'));
    expect((section.match(/<li class="stacked"/g) ?? []).length).toBe(counted + suppressed);
    expect((section.match(/예외: /g) ?? []).length).toBe(suppressed);
    const list = await page('rules/index.html');
    const row = list.slice(list.indexOf('rules/routine/failed/'));
    expect(row.slice(0, row.indexOf('</tr>'))).toContain(`${counted}건 (예외 ${suppressed})`);
  });
});
