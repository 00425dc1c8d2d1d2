import type { ParameterIssue } from './parameter-issue.ts';

/**
 * One entry of Script.Parameters: `name=value`, or for a Shell node a bare value bound to `$1`, `$2`, ….
 * `leading` and `trailing` keep the whitespace as written so formatting gives back the exact text.
 */
export type ScriptParameter = {
  /** `null` for a positional (Shell) value. */
  name: string | null;
  value: string;
  /** Whitespace before the entry; when absent, none before the first entry and one space otherwise. */
  leading?: string;
  /** Whitespace after the last entry; ignored on any other entry. */
  trailing?: string;
};

/** A parsed entry with where it was found: `start` of the entry and of its value in the text. */
export type ParsedScriptParameter = ScriptParameter & { start: number; valueStart: number };

/** `named`: `name=value` pairs (SQL, sync, PyODPS…); `positional`: Shell nodes' `value1 value2`. */
export type ScriptParametersMode = 'named' | 'positional';

export type ParseScriptParametersResult =
  { success: true; data: ParsedScriptParameter[] } | { success: false; issues: ParameterIssue[] };

// Archived "Parameter configuration" doc: variable names use only a-z, A-Z, 0-9 and _.
const NAME = /^[A-Za-z0-9_]+$/;
const WHITESPACE = /^[ \t\r\n]+$/;

/**
 * Splits Script.Parameters into its entries. DataWorks separates entries with spaces and allows
 * neither spaces nor `=` inside an expression; each entry is split at its `=`.
 */
export function parseScriptParameters(
  text: string,
  { mode = 'named' }: { mode?: ScriptParametersMode } = {},
): ParseScriptParametersResult {
  const parameters: ParsedScriptParameter[] = [];
  const issues: ParameterIssue[] = [];
  const issue = (code: ParameterIssue['code'], message: string, start: number, end: number) =>
    issues.push({ code, message, start, end });

  if (text !== '' && WHITESPACE.test(text)) {
    issue('only-whitespace', 'the parameters hold only whitespace: leave them empty instead', 0, text.length);
  }
  const seen = new Map<string, number>();
  for (const match of text.matchAll(/([ \t\r\n]*)([^ \t\r\n]+)/g)) {
    const [, leading = '', entry = ''] = match;
    const start = match.index + leading.length;
    const end = start + entry.length;
    const parameter: ParsedScriptParameter =
      mode === 'positional'
        ? { name: null, value: entry, start, valueStart: start }
        : toNamedParameter(entry, start, issue);
    if (leading) parameter.leading = leading;
    parameters.push(parameter);
    if (mode === 'named' && parameter.name) {
      const first = seen.get(parameter.name);
      if (first === undefined) seen.set(parameter.name, start);
      else issue('duplicate-name', `"${parameter.name}" is assigned twice (first at ${first})`, start, end);
    }
  }
  const trailing = /[ \t\r\n]+$/.exec(text)?.[0];
  const last = parameters.at(-1);
  if (trailing && last) last.trailing = trailing;

  return issues.length > 0 ? { success: false, issues } : { success: true, data: parameters };
}

function toNamedParameter(
  entry: string,
  start: number,
  issue: (code: ParameterIssue['code'], message: string, start: number, end: number) => void,
): ParsedScriptParameter {
  const end = start + entry.length;
  const equals = entry.indexOf('=');
  if (equals < 0) {
    issue('missing-equals', `"${entry}" is not name=value`, start, end);
    return { name: null, value: entry, start, valueStart: start };
  }
  const name = entry.slice(0, equals);
  const value = entry.slice(equals + 1);
  const valueStart = start + equals + 1;
  if (!name) issue('missing-name', `"${entry}" has no name before "="`, start, valueStart);
  else if (!NAME.test(name)) {
    issue('invalid-name', `"${name}" may contain only letters, digits and _`, start, start + equals);
  }
  if (!value) issue('missing-value', `"${name}" has no value after "="`, start, end);
  const extra = value.indexOf('=');
  if (extra >= 0) {
    issue('equals-in-value', `"=" may not appear in a value`, valueStart + extra, valueStart + extra + 1);
  }
  return { name, value, start, valueStart };
}

/** Writes entries back as Script.Parameters; the inverse of `parseScriptParameters`. */
export function formatScriptParameters(parameters: readonly ScriptParameter[]): string {
  const entries = parameters.map((parameter, index) => {
    const leading =
      parameter.leading !== undefined && (index === 0 || WHITESPACE.test(parameter.leading))
        ? parameter.leading
        : index === 0
          ? ''
          : ' ';
    return leading + (parameter.name === null ? '' : `${parameter.name}=`) + parameter.value;
  });
  return entries.join('') + (parameters.at(-1)?.trailing ?? '');
}
