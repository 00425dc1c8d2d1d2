import { shiftIssue, type ParameterIssue, type ParameterWarning } from './parameter-issue.ts';
import {
  formatScriptParameters,
  parseScriptParameters,
  type ParsedScriptParameter,
  type ScriptParametersMode,
} from './parse-script-parameters.ts';
import {
  resolveValue,
  toBaselines,
  type ParameterContext,
  type UnresolvedReference,
} from './resolve-parameter.ts';
import { BIZDATE_FORMAT, CYCTIME_FORMAT, formatWallTime } from './time-format.ts';

export type ResolvedScriptParameter = ParsedScriptParameter & {
  resolved: string;
  unresolved: UnresolvedReference[];
};

/** One run's values, shaped like PreviewTaskParameters' answer (Bizdate, TriggerTime, Parameters). */
export type ResolvedScriptParameters = {
  /** Business date, `yyyymmdd`. */
  bizdate: string;
  /** Scheduled time, `yyyymmddhh24miss`. */
  cyctime: string;
  parameters: ResolvedScriptParameter[];
  /** The whole string with each value replaced: `para1=20261020 para2=00`. */
  text: string;
  warnings: ParameterWarning[];
};

export type ResolveScriptParametersResult =
  { success: true; data: ResolvedScriptParameters } | { success: false; issues: ParameterIssue[] };

/**
 * Resolves every value of Script.Parameters for one run. As in PreviewTaskParameters, one bad entry
 * fails the whole run: there is no half-resolved string. Issue positions are offsets into `text`.
 */
export function resolveScriptParameters(
  text: string,
  context: ParameterContext & { mode?: ScriptParametersMode },
): ResolveScriptParametersResult {
  const base = toBaselines(context);
  if (!base.success) return { success: false, issues: [base.issue] };
  const parsed = parseScriptParameters(text, { mode: context.mode });
  if (!parsed.success) return parsed;

  const issues: ParameterIssue[] = [];
  const warnings: ParameterWarning[] = [];
  const parameters: ResolvedScriptParameter[] = [];
  for (const parameter of parsed.data) {
    const result = resolveValue(parameter.value, base.data);
    if (!result.success) {
      issues.push(...result.issues.map((issue) => shiftIssue(issue, parameter.valueStart)));
      continue;
    }
    warnings.push(...result.data.warnings.map((warning) => shiftIssue(warning, parameter.valueStart)));
    parameters.push({
      ...parameter,
      resolved: result.data.value,
      unresolved: result.data.unresolved.map((reference) => shiftIssue(reference, parameter.valueStart)),
    });
  }
  if (issues.length > 0) return { success: false, issues };

  const { business, scheduled } = base.data;
  return {
    success: true,
    data: {
      bizdate: formatWallTime(BIZDATE_FORMAT, business),
      cyctime: formatWallTime(CYCTIME_FORMAT, scheduled),
      parameters,
      text: formatScriptParameters(
        parameters.map((parameter) => ({ ...parameter, value: parameter.resolved })),
      ),
      warnings,
    },
  };
}
