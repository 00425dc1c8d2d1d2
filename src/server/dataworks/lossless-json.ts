import { isInteger, isLosslessNumber, LosslessNumber, parse, stringify } from 'lossless-json';

// DataWorks IDs are int64 and 19-digit IDs exist; JSON.parse would round them. Every key ending in
// "Id" (Id, ProjectId, UpstreamTaskId, ...) and every element of "Ids" or "ProjectIds" (ListImages) is kept
// as its exact digits. (UserIds are strings on the wire, and stay so.)
const ID_LISTS: ReadonlySet<string> = new Set(['Ids', 'ProjectIds']);

function isIdKey(key: string): boolean {
  return key.endsWith('Id') || ID_LISTS.has(key);
}

/** Parses DataWorks JSON: ID numbers become decimal strings, other numbers plain numbers. */
export function parseDataWorksJson(text: string): unknown {
  // Without an integer of 16 digits or more, every number in the text is below 2^53 or not an integer, and the
  // engine's own parser reads it to the same value as lossless-json, in half the time (13 against 28 µs for a
  // 1.7 KB task) and with less garbage: the proxy parses every reply. A longer integer (an ID past 2^53) goes the exact way, as
  // does text that merely looks like one inside a string. Account IDs, 16 digits, arrive as strings.
  return LONG_INTEGER.test(text) ? parseLosslessly(text) : idsAsText(JSON.parse(text));
}

/** A number literal starts the text or follows `:`, `,` or `[`. */
const LONG_INTEGER = /(?:^|[:,[])\s*-?\d{16}/;

/** Turns the numbers under ID keys into their digits, in place: JSON.parse with a reviver was slower than lossless-json. */
function idsAsText(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) idsAsText(value[i]);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const item = record[key];
      if (typeof item === 'number' && isIdKey(key)) record[key] = String(item);
      else if (ID_LISTS.has(key) && Array.isArray(item))
        record[key] = item.map((v: unknown) => (typeof v === 'number' ? String(v) : idsAsText(v)));
      else idsAsText(item);
    }
  }
  return value;
}

/** The exact path: numbers arrive as their digits, and only non-ID numbers that fit become numbers. */
export function parseLosslessly(text: string): unknown {
  return parse(text, function (this: unknown, key: string, value: unknown) {
    // An array's numbers are read with the array, whose key says whether they are IDs.
    if (Array.isArray(this) && isLosslessNumber(value)) return value;
    if (Array.isArray(value))
      return value.map((v: unknown) =>
        isLosslessNumber(v) ? (ID_LISTS.has(key) ? v.toString() : numberOrDigits(v)) : v,
      );
    if (!isLosslessNumber(value)) return value;
    return isIdKey(key) ? value.toString() : numberOrDigits(value);
  });
}

/** An integer past 2^53 that is not an ID stays text rather than silently losing digits. */
function numberOrDigits(value: LosslessNumber): number | string {
  const digits = value.toString();
  const number = Number(digits);
  return isInteger(digits) && !Number.isSafeInteger(number) ? digits : number;
}

/**
 * Writes JSON with the ID fields given as digit strings turned back into JSON numbers, exactly as the
 * DataWorks wire format carries longs. `keepAsText` names ID keys that DataWorks itself sends as strings.
 */
export function stringifyWithNumericIds(
  value: unknown,
  keepAsText: ReadonlySet<string> = new Set(),
  /** The parameter name `value` is sent under, e.g. `Ids`. */
  rootKey = '',
): string {
  const text = stringify(value, (k: string, v: unknown) => {
    const key = k === '' ? rootKey : k;
    if (keepAsText.has(key)) return v;
    if (typeof v === 'string' && isIdKey(key) && /^\d{1,19}$/.test(v)) return new LosslessNumber(v);
    if (Array.isArray(v) && ID_LISTS.has(key))
      return v.map((item: unknown) => (typeof item === 'string' ? new LosslessNumber(item) : item));
    return v;
  });
  return text ?? 'null';
}
