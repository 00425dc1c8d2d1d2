import { inputClass } from '../ui/field.tsx';
import { FormField, type FormFieldProps, type TaskPath } from './form-field.tsx';
import { optionalText } from './form-values.ts';

/**
 * A select of a parameter's allowed values (task-constants.ts), in their order, each shown by its label from
 * the catalogue (every value needs one; without `labels` the value itself shows). The first option, `empty`,
 * leaves the parameter unset.
 */
export function SelectField<N extends TaskPath, const O extends readonly string[]>({
  options,
  labels,
  empty,
  className = '',
  ...field
}: Omit<FormFieldProps<N>, 'registerOptions'> & {
  options: O;
  labels?: Readonly<Record<O[number], string>>;
  empty: string;
  /** Adds to the select's style (a width). */
  className?: string;
}) {
  return (
    <FormField {...field} registerOptions={optionalText}>
      {(control) => (
        <select {...control} className={`${inputClass} ${className}`.trim()}>
          <option value="">{empty}</option>
          {options.map((option: O[number]) => (
            <option key={option} value={option}>
              {labels ? labels[option] : option}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
