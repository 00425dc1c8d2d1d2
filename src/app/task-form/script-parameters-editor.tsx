import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  formatScriptParameters,
  parseScriptParameters,
  type ScriptParameter,
} from '#domain/params/parse-script-parameters';
import type { TaskForm } from '#domain/task/task-form';
import { useFieldError } from '../components/form/form-field.tsx';
import { ValidationMessage } from '../components/form/validation-message.tsx';
import { Button } from '../components/ui/button.tsx';
import {
  describedBy,
  FieldError,
  FieldHelp,
  FieldLabel,
  inputClass,
  useFieldIds,
} from '../components/ui/field.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { RowActions } from './row-actions.tsx';

function toRows(text: string): ScriptParameter[] | undefined {
  const parsed = parseScriptParameters(text);
  return parsed.success ? parsed.data.map(({ start: _s, valueStart: _v, ...p }) => p) : undefined;
}

/**
 * Script.Parameters as a table of name=value rows or as raw text. The table keeps each entry's
 * whitespace, so untouched entries are written back exactly as they were.
 */
export function ScriptParametersEditor() {
  const { t } = useI18n();
  const ids = useFieldIds();
  const { register, control, setValue } = useFormContext<TaskForm>();
  const error = useFieldError('Script.Parameters');
  const text = useWatch({ control, name: 'Script.Parameters' }) ?? '';
  const [rows, setRows] = useState<ScriptParameter[]>(() => toRows(text) ?? []);
  const [asText, setAsText] = useState(() => toRows(text) === undefined);

  // The text changed elsewhere (raw editing, discard): show it in the table when it parses.
  const inSync = formatScriptParameters(rows) === text;
  const external = inSync ? rows : toRows(text);
  if (!inSync && external) setRows(external);
  const parsed = parseScriptParameters(text);
  const showText = asText || !external;

  function update(next: ScriptParameter[]) {
    setRows(next);
    setValue('Script.Parameters', formatScriptParameters(next), { shouldDirty: true, shouldValidate: true });
  }
  const labelId = `${ids.id}-label`;
  const invalid = Boolean(error) || !parsed.success;
  return (
    <div className="flex flex-col gap-2">
      <div className="flex items-center justify-between gap-2">
        <FieldLabel htmlFor={ids.id} id={labelId}>
          {t.fieldScriptParameters}
        </FieldLabel>
        <Button onClick={() => setAsText(!showText)} disabled={!external} aria-controls={ids.id}>
          {showText ? t.editAsTable : t.editAsText}
        </Button>
      </div>
      <textarea
        id={ids.id}
        hidden={!showText}
        {...register('Script.Parameters')}
        rows={2}
        spellCheck={false}
        aria-invalid={invalid}
        aria-describedby={describedBy(invalid && ids.error, ids.help)}
        className={`${inputClass} font-mono`}
      />
      {!showText && (
        <table className="w-full text-left text-sm" aria-labelledby={labelId}>
          <thead>
            <tr>
              <th scope="col" className="pr-2 font-medium">
                {t.parameterName}
              </th>
              <th scope="col" className="pr-2 font-medium">
                {t.parameterValue}
              </th>
              <th scope="col" className="font-medium">
                {t.colActions}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                <td className="py-1 pr-2">
                  <input
                    aria-label={t.cellLabel(t.parameterName, index + 1)}
                    value={row.name ?? ''}
                    onChange={(e) => update(rows.with(index, { ...row, name: e.target.value }))}
                    className={`${inputClass} w-full font-mono`}
                  />
                </td>
                <td className="py-1 pr-2">
                  <input
                    aria-label={t.cellLabel(t.parameterValue, index + 1)}
                    value={row.value}
                    onChange={(e) => update(rows.with(index, { ...row, value: e.target.value }))}
                    className={`${inputClass} w-full font-mono`}
                  />
                </td>
                <td className="py-1">
                  <RowActions
                    index={index}
                    count={rows.length}
                    onRemove={(i) => update(rows.filter((_, k) => k !== i))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!showText && (
        <div>
          <Button onClick={() => update([...rows, { name: '', value: '' }])}>+ {t.addParameter}</Button>
        </div>
      )}
      {invalid && (
        <FieldError id={ids.error} control={ids.id}>
          {error && (
            <p>
              <ValidationMessage message={error} />
            </p>
          )}
          {!external && <p>{t.parametersNeedText}</p>}
          {!parsed.success && (
            <ul className="list-inside list-disc">
              {parsed.issues.map((issue) => (
                <li key={`${issue.code}-${issue.start}`}>{issue.message}</li>
              ))}
            </ul>
          )}
        </FieldError>
      )}
      <FieldHelp id={ids.help}>{t.fieldScriptParametersHelp}</FieldHelp>
    </div>
  );
}
