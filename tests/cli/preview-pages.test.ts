/** The pull request summary lists where each changed document's page is in the preview artifact. */
import { describe, expect, it } from 'vitest';
import { formatPreviewPages, previewPages } from '../../src/lib/preview-pages.ts';
import { SAMPLES } from '../helpers/samples.ts';
import { handbookOf } from '../rules/helpers.ts';

describe('preview pages', () => {
  it('gives the page of a changed document, and says why a deleted, restricted or broken one has none', () => {
    const runbook = SAMPLES['runbooks/db-primary-failure.mdx'];
    const handbook = handbookOf({
      'runbooks/db-primary-failure.mdx': runbook,
      'runbooks/secret-one.mdx': runbook.replace('title: ', 'visibility: restricted\ntitle: '),
      'runbooks/broken.mdx': runbook.replace('owner:', 'ownr:'),
    });
    const rows = previewPages(
      handbook,
      ['content/runbooks/db-primary-failure.mdx', 'content/runbooks/secret-one.mdx', 'content/runbooks/broken.mdx', 'content/runbooks/gone.mdx', 'README.md'],
      'public',
    );
    expect(rows).toEqual([
      { file: 'content/runbooks/broken.mdx', note: '검사 오류로 페이지가 없습니다' },
      { file: 'content/runbooks/db-primary-failure.mdx', page: 'runbooks/db-primary-failure/index.html' },
      { file: 'content/runbooks/gone.mdx', note: '삭제됨' },
      { file: 'content/runbooks/secret-one.mdx', note: '제한 문서: 공개 빌드에는 없습니다' },
    ]);
    const text = formatPreviewPages(rows, 'site-preview');
    expect(text).toContain('| `content/runbooks/db-primary-failure.mdx` | `runbooks/db-primary-failure/index.html` |');
    expect(text).toContain('아티팩트 `site-preview`');
  });
});
