import { describe, expect, it } from 'vitest';
import { catalogue } from './catalogue.zh-CN.ts';

// Chinese strings take full-width punctuation: a half-width comma, colon, semicolon, question or exclamation
// mark, or bracket beside a Chinese character is a slip (DESIGN.md, the issue's "half-width colons and
// commas"). Functions are called with sample arguments; code the text quotes ('?', yyyy-mm-dd hh:mm:ss) is
// between quotes or Latin characters and is not flagged.

const CJK = '\\u3400-\\u9fff\\uff00-\\uffef\\u3000-\\u303f';
const SLIPS = new RegExp(`[${CJK}][,:;!?()]|[,:;!?(][${CJK}]|\\)[${CJK}]`, 'u');

function strings(value: unknown, path: string, out: Array<[string, string]>): void {
  if (typeof value === 'string') out.push([path, value]);
  else if (typeof value === 'function') {
    const args = Array.from({ length: value.length }, (_, i) => (i % 2 === 0 ? 2 : 'x'));
    try {
      strings((value as (...a: unknown[]) => unknown)(...args), path, out);
    } catch {
      // a function that needs richer arguments: its literal text is still checked by reading its source
      out.push([path, String(value)]);
    }
  } else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) strings(v, path ? `${path}.${k}` : k, out);
}

describe('the Chinese catalogue', () => {
  it('uses full-width punctuation beside Chinese text', () => {
    const all: Array<[string, string]> = [];
    strings(catalogue, '', all);
    const slips = all.filter(([, text]) => SLIPS.test(text)).map(([path, text]) => `${path}: ${text}`);
    expect(slips).toEqual([]);
  });
});
