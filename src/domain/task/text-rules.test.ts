import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { GetTaskResponseSchema } from './task.ts';
import { toTaskForm } from './task-form.ts';
import { findForbiddenCharacter, forbiddenCharacterMessage, type TextLines } from './text-rules.ts';
import { UpdateTaskRequestSchema } from './update-task-request.ts';

const ID = '7002918273648500132';

/** The parameters edited in a `<textarea>` (general-section, script-section, script-parameters-editor). */
const MULTI_LINE = new Set(['Description', 'Script.Content', 'Script.Parameters']);
/** IDs: a string of digits or a safe integer, so their pattern already refuses any other character. */
const DIGITS_ONLY = new Set(['Id', 'Dependencies.0.UpstreamTaskId']);

/**
 * Every string leaf of the schema, by parameter path (index 0 for list entries). Throws on a kind of schema it
 * does not know, so a new wrapper cannot hide a leaf from the tests below.
 */
function stringLeaves(schema: z.ZodType, path: string[] = []): string[] {
  if (schema instanceof z.ZodString) return [path.join('.')];
  if (schema instanceof z.ZodObject)
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, child]) =>
      stringLeaves(child, [...path, key]),
    );
  if (schema instanceof z.ZodOptional) return stringLeaves(schema.unwrap() as z.ZodType, path);
  if (schema instanceof z.ZodArray) return stringLeaves(schema.element as z.ZodType, [...path, '0']);
  if (schema instanceof z.ZodUnion)
    return [...new Set((schema.options as z.ZodType[]).flatMap((option) => stringLeaves(option, path)))];
  if (schema instanceof z.ZodPipe) return stringLeaves(schema.in as z.ZodType, path);
  if (schema instanceof z.ZodEnum || schema instanceof z.ZodNumber) return [];
  throw new Error(`${path.join('.')}: unknown schema kind ${schema.constructor.name}`);
}

const LEAVES = stringLeaves(UpdateTaskRequestSchema);

/** A request holding `value` at `path`; a list entry gets the Type it requires. */
function requestWith(path: string, value: string): Record<string, unknown> {
  const entry = path.startsWith('Dependencies')
    ? { Type: 'Normal' }
    : path.includes('Variables')
      ? { Type: 'Constant' }
      : {};
  const keys = path.split('.');
  const request: Record<string, unknown> = { Id: ID };
  let node: Record<string, unknown> = request;
  keys.forEach((key, i) => {
    if (i === keys.length - 1) node[key] = value;
    else if (keys[i + 1] === '0') {
      const item = { ...entry };
      node[key] = [item];
      node = item;
    } else if (key !== '0') node = (node[key] ??= {}) as Record<string, unknown>;
  });
  return request;
}

function messagesAt(path: string, value: string): string[] {
  const result = UpdateTaskRequestSchema.safeParse(requestWith(path, value));
  return result.success
    ? []
    : result.error.issues.filter((i) => i.path.join('.') === path).map((i) => i.message);
}

describe('findForbiddenCharacter', () => {
  it('refuses every C0 control but tab, and DEL, naming the character and its position', () => {
    for (let code = 0; code < 0x20; code += 1) {
      const text = `ab${String.fromCharCode(code)}c`;
      if (code === 0x09) expect(findForbiddenCharacter(text, 'single-line')).toBeUndefined();
      else
        expect(findForbiddenCharacter(text, 'single-line'), code.toString(16)).toMatchObject({
          codePoint: code,
          position: 2,
        });
    }
    expect(findForbiddenCharacter('a\u007f', 'multi-line')).toEqual({
      rule: 'control',
      codePoint: 0x7f,
      position: 1,
    });
    expect(findForbiddenCharacter('\u001b[31mred\u001b[0m', 'multi-line')?.codePoint).toBe(0x1b);
  });

  it('allows line feeds and CRLF in multi-line text only, and never a lone carriage return', () => {
    expect(findForbiddenCharacter('a\nb\r\nc\td', 'multi-line')).toBeUndefined();
    expect(findForbiddenCharacter('a\nb', 'single-line')).toEqual({
      rule: 'line-break',
      codePoint: 0x0a,
      position: 1,
    });
    expect(findForbiddenCharacter('ab\r\n', 'single-line')).toMatchObject({
      rule: 'line-break',
      position: 2,
    });
    expect(findForbiddenCharacter('a\rb', 'multi-line')).toMatchObject({ rule: 'control', codePoint: 0x0d });
    expect(findForbiddenCharacter('a\r', 'multi-line')).toMatchObject({ rule: 'control', codePoint: 0x0d });
  });

  it('refuses lone surrogates and counts positions in characters, a surrogate pair being one', () => {
    expect(findForbiddenCharacter('x\uD800', 'single-line')).toEqual({
      rule: 'surrogate',
      codePoint: 0xd800,
      position: 1,
    });
    expect(findForbiddenCharacter('\uDC00x', 'multi-line')).toMatchObject({ rule: 'surrogate', position: 0 });
    expect(findForbiddenCharacter('x\uDFFF\uD800', 'multi-line')).toMatchObject({ codePoint: 0xdfff });
    expect(findForbiddenCharacter('😀😀\u0007', 'single-line')).toMatchObject({ position: 2 });
  });

  it('accepts Chinese text, emoji, accents and other printable characters', () => {
    for (const lines of ['single-line', 'multi-line'] as TextLines[])
      for (const text of ['每日汇总：订单表 ods_orders', '👨‍👩‍👧 🎉 𠮷', 'Zoë – “quoted” €5', '\u00a0\u3000', ''])
        expect(findForbiddenCharacter(text, lines), text).toBeUndefined();
  });

  it('words the message with the rule, the code point and the position', () => {
    expect(forbiddenCharacterMessage({ rule: 'control', codePoint: 7, position: 4 })).toBe(
      'must not contain control characters (found U+0007 at position 4)',
    );
    expect(forbiddenCharacterMessage({ rule: 'line-break', codePoint: 10, position: 0 })).toBe(
      'must be a single line, without line breaks (found U+000A at position 0)',
    );
    expect(forbiddenCharacterMessage({ rule: 'surrogate', codePoint: 0xd800, position: 12 })).toBe(
      'must not contain an unpaired UTF-16 surrogate (found U+D800 at position 12)',
    );
  });
});

describe('UpdateTaskRequestSchema text parameters', () => {
  it('finds every string leaf of the request', () => {
    // A leaf added to the schema shows up here and in every test below.
    expect(LEAVES).toEqual(
      expect.arrayContaining([
        'Id',
        'Name',
        'Description',
        'Owner',
        'ClientUniqueCode',
        'Script.Content',
        'Script.Parameters',
        'Trigger.Cron',
        'Trigger.StartTime',
        'Trigger.EndTime',
        'RuntimeResource.ResourceGroupId',
        'RuntimeResource.Image',
        'RuntimeResource.Cu',
        'DataSource.Name',
        'Inputs.Variables.0.Name',
        'Inputs.Variables.0.Value',
        'Outputs.TaskOutputs.0.Output',
        'Outputs.Variables.0.Name',
        'Outputs.Variables.0.Value',
        'Dependencies.0.UpstreamOutput',
        'Dependencies.0.UpstreamTaskId',
        'Tags.0.Key',
        'Tags.0.Value',
      ]),
    );
    expect(LEAVES).toHaveLength(23);
    for (const path of MULTI_LINE) expect(LEAVES).toContain(path);
  });

  it.each(LEAVES.filter((p) => !DIGITS_ONLY.has(p)))(
    '%s refuses NUL, BEL, ESC, DEL and a lone surrogate, naming the rule first',
    (path) => {
      for (const [value, found] of [
        ['ok\u0000', 'U+0000 at position 2'],
        ['o\u0007k', 'U+0007 at position 1'],
        ['\u001b[31mok', 'U+001B at position 0'],
        ['ok\u007f', 'U+007F at position 2'],
        ['ok\u000b', 'U+000B at position 2'], // trimmed by .trim(), refused before it
      ] as const)
        expect(messagesAt(path, value)[0], JSON.stringify(value)).toBe(
          `must not contain control characters (found ${found})`,
        );
      expect(messagesAt(path, 'ok\uD800')[0]).toBe(
        'must not contain an unpaired UTF-16 surrogate (found U+D800 at position 2)',
      );
    },
  );

  it.each(LEAVES.filter((p) => !DIGITS_ONLY.has(p)))(
    '%s allows a tab, and a line break only when edited in a textarea',
    (path) => {
      expect(messagesAt(path, 'a\tb').join()).not.toMatch(/control|surrogate|single line/);
      const lineBreak = messagesAt(path, 'a\nb').join();
      const crlf = messagesAt(path, 'a\r\nb').join();
      if (MULTI_LINE.has(path)) {
        expect(lineBreak).not.toMatch(/control|single line/);
        expect(crlf).not.toMatch(/control|single line/);
        expect(messagesAt(path, 'a\rb')[0]).toMatch(/^must not contain control characters \(found U\+000D/);
      } else {
        expect(lineBreak).toMatch(
          /^must be a single line, without line breaks \(found U\+000A at position 1\)/,
        );
        expect(crlf).toMatch(/^must be a single line, without line breaks \(found U\+000D at position 1\)/);
      }
    },
  );

  it('refuses any character but digits in the IDs, control characters included', () => {
    for (const path of DIGITS_ONLY) {
      expect(LEAVES).toContain(path);
      for (const value of ['1\u0000', '\u00071', '1\n', '1\uD800'])
        expect(messagesAt(path, value).length, `${path} ${JSON.stringify(value)}`).toBeGreaterThan(0);
    }
  });

  it('accepts Chinese text and emoji, in single-line and multi-line parameters', () => {
    const result = UpdateTaskRequestSchema.safeParse({
      Id: ID,
      Name: '每日订单汇总 🎉',
      Description: '第一行\n第二行 😀\r\n第三行\t结束',
      Script: { Content: '-- 注释 👍\nSELECT 1;\r\n', Parameters: 'bizdate=$bizdate\nregion=华东' },
      Tags: [{ Key: '负责人', Value: '张三 👩‍💻' }],
      Inputs: { Variables: [{ Name: '变量', Type: 'Constant', Value: '值 🚀' }] },
    });
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('still loads a task that holds such characters, and the form then names the field', () => {
    const reply = GetTaskResponseSchema.parse({
      RequestId: 'r',
      Task: {
        Id: ID,
        Name: 'ods_\u001b[31morders',
        Owner: '1107550004253538',
        Description: 'line one\r\nline two\u0000',
        Tags: [{ Key: 'k', Value: 'v\u0007' }],
      },
    });
    const form = toTaskForm(reply.Task);
    expect(form.Name).toBe('ods_\u001b[31morders');
    const result = UpdateTaskRequestSchema.safeParse(form);
    expect(result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['Name', 'must not contain control characters (found U+001B at position 4)'],
      ['Description', 'must not contain control characters (found U+0000 at position 18)'],
      ['Tags.0.Value', 'must not contain control characters (found U+0007 at position 1)'],
    ]);
  });
});
