import type { ParameterIssue } from './parameter-issue.ts';

/** An exact fraction; `denominator` is positive. Offsets are in the unit their context gives (days, months). */
export type Rational = { numerator: number; denominator: number };

export type OffsetOptions = {
  /** Tails after a format start with their operator (`-1`); add_months' count may not (`12*2`). */
  requireSign: boolean;
  /** `${...}` offsets and add_months counts are whole numbers written without `/`. */
  allowDivision: boolean;
};

type Result = { success: true; data: Rational } | { success: false; issue: ParameterIssue };

function greatestCommonDivisor(a: number, b: number): number {
  let [x, y] = [Math.abs(a), Math.abs(b)];
  while (y) [x, y] = [y, x % y];
  return x || 1;
}

function reduce(numerator: number, denominator: number): Rational | undefined {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator === 0) return;
  const divisor = greatestCommonDivisor(numerator, denominator) * Math.sign(denominator);
  return { numerator: numerator / divisor, denominator: denominator / divisor };
}

/**
 * Reads arithmetic such as `-1`, `-7*2`, `-1-1/24` or `- 15/24/60`: integers joined by `+ - * /`,
 * with `*` and `/` binding tighter and applied left to right, as Oracle date arithmetic reads them.
 */
export function parseOffset(text: string, { requireSign, allowDivision }: OffsetOptions): Result {
  const tokens = [...text.matchAll(/\s*(\d+|[-+*/]|\S)/gy)].map((match) => ({
    text: match[1] ?? '',
    start: match.index + match[0].length - (match[1]?.length ?? 0),
  }));
  const fail = (
    message: string,
    start: number,
    end = text.length,
    code: ParameterIssue['code'] = 'invalid-offset',
  ) => ({ success: false, issue: { code, message, start, end } }) as const;
  if (tokens.length === 0) return fail('expected an offset such as -1', 0);

  let sum: Rational = { numerator: 0, denominator: 1 };
  let index = 0;
  while (index < tokens.length) {
    let sign = 1;
    const operator = tokens[index];
    if (operator?.text === '+' || operator?.text === '-') {
      sign = operator.text === '-' ? -1 : 1;
      index++;
    } else if (requireSign || index > 0) {
      return fail('expected + or - before the offset', operator?.start ?? text.length);
    }
    let term: Rational | undefined;
    let expectNumber = true;
    let pending: string = '*';
    while (index < tokens.length) {
      const token = tokens[index];
      if (!token) break;
      if (expectNumber) {
        if (!/^\d+$/.test(token.text)) return fail(`expected a number, found "${token.text}"`, token.start);
        const value = Number(token.text);
        const current = term ?? { numerator: 1, denominator: 1 };
        term =
          pending === '*'
            ? reduce(current.numerator * value, current.denominator)
            : reduce(current.numerator, current.denominator * value);
        if (!term) {
          const zero = value === 0 && pending === '/';
          return fail(
            zero ? 'division by zero' : 'the offset is too large',
            token.start,
            token.start + token.text.length,
            zero ? 'invalid-offset' : 'out-of-range',
          );
        }
        expectNumber = false;
        index++;
      } else if (token.text === '*' || token.text === '/') {
        if (token.text === '/' && !allowDivision) {
          return fail('only whole numbers are allowed here: "/" is not', token.start, token.start + 1);
        }
        pending = token.text;
        expectNumber = true;
        index++;
      } else if (token.text === '+' || token.text === '-') {
        break;
      } else {
        return fail(`unexpected "${token.text}" in the offset`, token.start, token.start + token.text.length);
      }
    }
    if (expectNumber || !term) return fail('the offset ends without a number', text.length);
    const next = reduce(
      sum.numerator * term.denominator + sign * term.numerator * sum.denominator,
      sum.denominator * term.denominator,
    );
    if (!next) return fail('the offset is too large', 0, text.length, 'out-of-range');
    sum = next;
  }
  return { success: true, data: sum };
}
