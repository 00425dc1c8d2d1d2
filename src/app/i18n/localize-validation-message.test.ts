import { describe, expect, it } from 'vitest';
import { UpdateTaskRequestSchema } from '#domain/task/update-task-request';
import { localizeValidationMessage } from './localize-validation-message.ts';

describe('localizeValidationMessage', () => {
  it('leaves English as it is', () => {
    expect(localizeValidationMessage('is required', 'en')).toBe('is required');
  });

  it('translates the schema messages a user meets, keeping their numbers and names', () => {
    const result = UpdateTaskRequestSchema.safeParse({
      Id: '1',
      Name: '',
      Owner: 'zhangsan',
      Timeout: 5,
      RerunInterval: 1_800_001,
      Trigger: { StartTime: '2025-02-30 00:00:00' },
      RuntimeResource: { Cu: 'abc' },
      Tags: [{ Key: 'a' }, { Key: 'a' }],
      Dependencies: [{ Type: 'Normal' }],
    });
    expect(result.success).toBe(false);
    const messages = result.success ? [] : result.error.issues.map((i) => i.message);
    expect(messages.length).toBeGreaterThanOrEqual(7);
    for (const message of messages) {
      const zh = localizeValidationMessage(message, 'zh-CN');
      expect(zh, message).not.toBe(message);
      expect(zh, message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(localizeValidationMessage('must be an account ID written with digits only', 'zh-CN')).toBe(
      '必须是只含数字的账号 ID',
    );
    expect(localizeValidationMessage('tag key "a" is already used in row 1', 'zh-CN')).toBe(
      '标签键 "a" 已在第 1 行使用',
    );
  });

  it('translates the control-character rules, keeping the character and its position', () => {
    const result = UpdateTaskRequestSchema.safeParse({
      Id: '1',
      Name: 'ods\u0007x',
      Owner: '1107\n5500',
      Description: 'ok\uD800',
    });
    const first = new Map<string, string>();
    for (const issue of result.success ? [] : result.error.issues)
      if (!first.has(issue.path.join('.'))) first.set(issue.path.join('.'), issue.message);
    const zh = (path: string) => localizeValidationMessage(first.get(path) ?? '', 'zh-CN');
    expect(zh('Name')).toBe('不能包含控制字符（在位置 3 发现 U+0007）');
    expect(zh('Owner')).toBe('必须为单行，不能包含换行符（在位置 4 发现 U+000A）');
    expect(zh('Description')).toBe('不能包含未配对的 UTF-16 代理项（在位置 2 发现 U+D800）');
  });

  it('keeps a message it does not know, such as one DataWorks sent', () => {
    expect(localizeValidationMessage('Specified api is not found', 'zh-CN')).toBe(
      'Specified api is not found',
    );
  });
});
