import { isInteger, isLosslessNumber, LosslessNumber, parse, stringify } from 'lossless-json';

// DataWorks IDs are int64 and 19-digit IDs exist; JSON.parse would round them. Every key ending in
// "Id" (Id, ProjectId, UpstreamTaskId, ...) and every element of "Ids" is kept as its exact digits.
function isIdKey(key: string): boolean {
  return key.endsWith('Id') || key === 'Ids';
}

/** Parses DataWorks JSON: ID numbers become decimal strings, other numbers plain numbers. */
export function parseDataWorksJson(text: string): unknown {
  return parse(text, function (this: unknown, key: string, value: unknown) {
    if (Array.isArray(value) && key === 'Ids')
      return (value as unknown[]).map((v) => (isLosslessNumber(v) ? v.toString() : v));
    if (!isLosslessNumber(value)) return value;
    if (isIdKey(key)) return value.toString();
    const digits = value.toString();
    const number = Number(digits);
    // An integer past 2^53 that is not an ID stays text rather than silently losing digits.
    return isInteger(digits) && !Number.isSafeInteger(number) ? digits : number;
  });
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
    if (Array.isArray(v) && key === 'Ids')
      return v.map((item: unknown) => (typeof item === 'string' ? new LosslessNumber(item) : item));
    return v;
  });
  return text ?? 'null';
}
