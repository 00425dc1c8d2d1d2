import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatScriptParameters,
  parseScriptParameters,
  type ScriptParameter,
} from './parse-script-parameters.ts';

const issuesOf = (text: string, mode?: 'named' | 'positional') => {
  const result = parseScriptParameters(text, { mode });
  return result.success ? [] : result.issues.map(({ code, start, end }) => ({ code, start, end }));
};

describe('parseScriptParameters', () => {
  it('reads name=value pairs in order', () => {
    const result = parseScriptParameters('bizdate=$bizdate dt=$[yyyymmdd-1] hh=$[hh24] ds=${yyyy-mm-dd}');
    expect(result.success && result.data.map(({ name, value }) => [name, value])).toEqual([
      ['bizdate', '$bizdate'],
      ['dt', '$[yyyymmdd-1]'],
      ['hh', '$[hh24]'],
      ['ds', '${yyyy-mm-dd}'],
    ]);
    expect(result.success && result.data.map(({ start, valueStart }) => [start, valueStart])).toEqual([
      [0, 8],
      [17, 20],
      [34, 37],
      [45, 48],
    ]);
  });

  it('reads an empty string as no parameters', () => {
    expect(parseScriptParameters('')).toEqual({ success: true, data: [] });
  });

  it("reads a Shell node's positional values", () => {
    const result = parseScriptParameters('abcd $[yyyy-mm-dd-2] a=b', { mode: 'positional' });
    expect(result.success && result.data.map(({ name, value }) => [name, value])).toEqual([
      [null, 'abcd'],
      [null, '$[yyyy-mm-dd-2]'],
      [null, 'a=b'],
    ]);
  });

  it('keeps the whitespace as written', () => {
    const result = parseScriptParameters('  a=1 \t b=2\n');
    expect(result.success && result.data).toEqual([
      { name: 'a', value: '1', leading: '  ', start: 2, valueStart: 4 },
      { name: 'b', value: '2', leading: ' \t ', trailing: '\n', start: 8, valueStart: 10 },
    ]);
  });

  it.each([
    ['a=1 bizdate', [{ code: 'missing-equals', start: 4, end: 11 }]],
    ['=1', [{ code: 'missing-name', start: 0, end: 1 }]],
    ['a-b=1', [{ code: 'invalid-name', start: 0, end: 3 }]],
    ['a= b=2', [{ code: 'missing-value', start: 0, end: 2 }]],
    ['a=b=c', [{ code: 'equals-in-value', start: 3, end: 4 }]],
    ['a=1 b=2 a=3', [{ code: 'duplicate-name', start: 8, end: 11 }]],
    ["a='x y'", [{ code: 'missing-equals', start: 5, end: 7 }]],
    ['   ', [{ code: 'only-whitespace', start: 0, end: 3 }]],
  ])('refuses %j with its position', (text, issues) => {
    expect(issuesOf(text)).toEqual(issues);
  });

  it('reports every malformed entry', () => {
    expect(issuesOf('x a=1 =2 y').map(({ code, start }) => [code, start])).toEqual([
      ['missing-equals', 0],
      ['missing-name', 6],
      ['missing-equals', 9],
    ]);
  });
});

describe('formatScriptParameters', () => {
  it('writes pairs separated by one space when no whitespace was recorded', () => {
    const parameters: ScriptParameter[] = [
      { name: 'para1', value: '$bizdate' },
      { name: 'para2', value: '$[hh24]' },
    ];
    expect(formatScriptParameters(parameters)).toBe('para1=$bizdate para2=$[hh24]');
    expect(
      formatScriptParameters([
        { name: null, value: 'abcd' },
        { name: null, value: '1' },
      ]),
    ).toBe('abcd 1');
    expect(formatScriptParameters([])).toBe('');
  });

  it('never joins two entries, whatever whitespace it is given', () => {
    expect(
      formatScriptParameters([
        { name: 'a', value: '1' },
        { name: 'b', value: '2', leading: '' },
      ]),
    ).toBe('a=1 b=2');
  });
});

// Text built mostly from what Parameters strings contain, so that many samples parse.
const WHITESPACE = fc.constantFrom(' ', ' ', ' ', '  ', '\t', '\n', '\r\n');
const NAME = fc.string({ unit: fc.constantFrom('a', 'z', 'Q', '_', '0', '9'), minLength: 1, maxLength: 8 });
const VALUE = fc.string({
  unit: fc.constantFrom(
    '$',
    '[',
    ']',
    '{',
    '}',
    'y',
    'm',
    'd',
    'h',
    '2',
    '4',
    '-',
    '/',
    '*',
    "'",
    '"',
    '1',
    'é',
  ),
  minLength: 1,
  maxLength: 16,
});
const ENTRY = fc.tuple(NAME, VALUE).map(([name, value]) => `${name}=${value}`);
const PARAMETERS_TEXT = fc
  .tuple(
    fc.option(WHITESPACE, { nil: '' }),
    fc.array(fc.tuple(ENTRY, WHITESPACE), { maxLength: 6 }),
    ENTRY,
    fc.option(WHITESPACE, { nil: '' }),
  )
  .map(
    ([leading, middle, last, trailing]) => leading + middle.map(([e, w]) => e + w).join('') + last + trailing,
  );
const ANY_TEXT = fc.string({
  unit: fc.constantFrom('a', '=', ' ', '\t', '$', '[', ']', '1', '-', '_', "'"),
  maxLength: 24,
});

describe('parse and format round trip', () => {
  it('formats any accepted string back to exactly itself', () => {
    fc.assert(
      fc.property(
        fc.oneof(PARAMETERS_TEXT, ANY_TEXT, fc.string()),
        fc.constantFrom('named', 'positional'),
        (text, mode) => {
          const result = parseScriptParameters(text, { mode });
          if (result.success) expect(formatScriptParameters(result.data)).toBe(text);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('accepts every generated well-formed string', () => {
    fc.assert(
      fc.property(PARAMETERS_TEXT, (text) => {
        const result = parseScriptParameters(text);
        // Only a repeated name may refuse a generated string.
        const codes = result.success ? [] : result.issues.map((issue) => issue.code);
        expect(codes.filter((code) => code !== 'duplicate-name')).toEqual([]);
      }),
    );
  });

  it('reads back the pairs it formats', () => {
    const pairs = fc.uniqueArray(fc.tuple(NAME, VALUE), { selector: ([name]) => name, maxLength: 8 });
    fc.assert(
      fc.property(pairs, (entries) => {
        const text = formatScriptParameters(entries.map(([name, value]) => ({ name, value })));
        const result = parseScriptParameters(text);
        expect(result.success && result.data.map(({ name, value }) => [name, value])).toEqual(
          result.success ? entries : false,
        );
        expect(result.success).toBe(true);
      }),
    );
  });
});
