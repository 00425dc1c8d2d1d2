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
    expect(localizeValidationMessage('tag key "a" is already used in row 1', 'zh-CN')).toBe(
      '标签键 "a" 已在第 1 行使用',
    );
  });

  it('keeps a message it does not know, such as one DataWorks sent', () => {
    expect(localizeValidationMessage('Specified api is not found', 'zh-CN')).toBe(
      'Specified api is not found',
    );
  });
});
