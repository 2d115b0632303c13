/** Asks on a terminal for what `npm run new` was not told, with @clack/prompts. */
import { intro, isCancel, outro, select, text } from '@clack/prompts';
import type { Policy } from '../schemas/policy.ts';
import { fieldSpecs, type NewKind, type NewOptions } from '../lib/scaffold/index.ts';
import { KIND_LABELS } from '../lib/labels.ts';

/** The options with every unanswered field asked for; undefined when the user cancels. */
export async function askMissing(kind: NewKind, options: NewOptions, policy: Policy): Promise<NewOptions | undefined> {
  const asked = fieldSpecs(kind, policy).filter((f) => {
    const v = options[f.key];
    return v === undefined || (Array.isArray(v) && v.length === 0);
  });
  if (asked.length === 0 && !(kind === 'change' && options.type === 'emergency' && !options.reason)) return options;
  intro(`새 ${KIND_LABELS[kind]} 문서`);
  const result: NewOptions = { ...options };
  for (const field of asked) {
    const answer = field.choices
      ? await select({ message: field.message, options: field.choices })
      : await text({ message: field.message, validate: (v) => (field.optional || v?.trim() ? undefined : '비워 둘 수 없습니다') });
    if (isCancel(answer)) {
      outro('취소했습니다. 아무 파일도 만들지 않았습니다.');
      return undefined;
    }
    const value = String(answer).trim();
    if (field.key === 'services' || field.key === 'tags' || field.key === 'scenario') {
      result[field.key] = value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
    } else if (value) {
      (result as Record<string, unknown>)[field.key] = value;
    }
  }
  // The reason depends on the type, so it is asked once the type is known.
  if (kind === 'change' && result.type === 'emergency' && !result.reason) {
    const reason = await select({
      message: '긴급 변경 사유',
      options: [
        { value: 'outage-risk', label: 'outage-risk — 서비스 중단 위험' },
        { value: 'security-vulnerability', label: 'security-vulnerability — 보안 취약점' },
        { value: 'data-loss-risk', label: 'data-loss-risk — 데이터 손실 위험' },
      ],
    });
    if (isCancel(reason)) {
      outro('취소했습니다. 아무 파일도 만들지 않았습니다.');
      return undefined;
    }
    result.reason = String(reason);
  }
  outro('문서를 만듭니다.');
  return result;
}
