import { z } from 'zod';

// The characters no text parameter of UpdateTask may hold (README, "Control characters"): C0 controls
// U+0000–U+001F except tab, DEL U+007F, and lone UTF-16 surrogates. Line breaks are allowed only in the
// parameters the form edits in a textarea (Description, Script.Content, Script.Parameters): a line feed, or a
// carriage return directly followed by one (CRLF, as Windows editors and HTML form submission write it). A
// lone carriage return is refused everywhere: it rewrites the line it is printed on in a terminal or log.
// Replies are not checked (task.ts): a task already holding such a character still loads, and the form then
// shows the error on the field.

/** Single-line parameters are edited in an `<input>`; multi-line ones in a `<textarea>`. */
export type TextLines = 'single-line' | 'multi-line';

export interface ForbiddenCharacter {
  /** What is wrong: a control character, a line break in a single-line text, or a lone surrogate. */
  rule: 'control' | 'line-break' | 'surrogate';
  codePoint: number;
  /** Counted in characters (code points) from 0, as the cron messages count positions. */
  position: number;
}

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** The first character of `text` that the rule refuses, or undefined when there is none. */
export function findForbiddenCharacter(text: string, lines: TextLines): ForbiddenCharacter | undefined {
  for (let i = 0, position = 0; i < text.length; i += 1, position += 1) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x20 && unit < 0x7f) continue; // printable ASCII, most of any text
    if (isHigh(unit) && isLow(text.charCodeAt(i + 1))) {
      i += 1; // a surrogate pair: one character, e.g. an emoji
      continue;
    }
    if (isHigh(unit) || isLow(unit)) return { rule: 'surrogate', codePoint: unit, position };
    if (unit >= 0x20 && unit !== 0x7f) continue;
    if (unit === 0x09) continue;
    const lineBreak = unit === 0x0a || (unit === 0x0d && text.charCodeAt(i + 1) === 0x0a);
    if (lineBreak && lines === 'multi-line') continue;
    return { rule: lineBreak ? 'line-break' : 'control', codePoint: unit, position };
  }
  return undefined;
}

const RULE_WORDS: Record<ForbiddenCharacter['rule'], string> = {
  control: 'must not contain control characters',
  'line-break': 'must be a single line, without line breaks',
  surrogate: 'must not contain an unpaired UTF-16 surrogate',
};

/** The schema's English message, e.g. `must not contain control characters (found U+0007 at position 4)`. */
export function forbiddenCharacterMessage({ rule, codePoint, position }: ForbiddenCharacter): string {
  const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
  return `${RULE_WORDS[rule]} (found U+${hex} at position ${position})`;
}

function refuseForbiddenCharacters(lines: TextLines) {
  return (value: string, ctx: z.RefinementCtx<string>) => {
    const found = findForbiddenCharacter(value, lines);
    if (found) ctx.addIssue({ code: 'custom', message: forbiddenCharacterMessage(found) });
  };
}

/**
 * A text parameter edited in an `<input>`: no control character, no line break. Chain further rules after
 * it (`.trim()` included), so the raw text is what gets checked.
 */
export const singleLineText = () => z.string().superRefine(refuseForbiddenCharacters('single-line'));

/** A text parameter edited in a `<textarea>`: no control character except tab and line breaks (LF, CRLF). */
export const multiLineText = () => z.string().superRefine(refuseForbiddenCharacters('multi-line'));
