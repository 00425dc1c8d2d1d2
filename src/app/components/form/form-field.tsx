import type { ComponentProps, ReactElement, ReactNode } from 'react';
import {
  get,
  useFormContext,
  useFormState,
  type Path,
  type RegisterOptions,
  type UseFormRegisterReturn,
} from 'react-hook-form';
import type { TaskForm } from '#domain/task/task-form';
import {
  describedBy,
  Field,
  FieldError,
  FieldHelp,
  FieldLabel,
  inputClass,
  useFieldIds,
} from '../ui/field.tsx';
import { ValidationMessage } from './validation-message.tsx';

/** A parameter path of the form, such as `Inputs.Variables.0.Name`: also the control's `name`. */
export type TaskPath = Path<TaskForm>;

/** What a field hands its control: the registration (its `name` is the path) and the ARIA wiring. */
export type FieldControlProps<N extends TaskPath> = UseFormRegisterReturn<N> & {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string;
};

export interface FormFieldProps<N extends TaskPath> {
  name: N;
  label: ReactNode;
  /** For table cells, whose column header already shows the label. */
  labelHidden?: boolean;
  help?: ReactNode;
  /** How the control's string becomes the form's value (form-values.ts), as `register` takes it. */
  registerOptions?: RegisterOptions<TaskForm, N>;
}

/**
 * The message of the error at `name`; the caller re-renders when that field's error changes, and for nothing
 * else. It reads `errors` alone: getFieldState(name, formState) would also read dirtyFields, touchedFields and
 * validatingFields through the form state's proxy, and validatingFields changes, for every field of the form,
 * twice a keystroke (a thousand variable rows would all re-render).
 */
export function useFieldError(name: TaskPath): string | undefined {
  const { control } = useFormContext<TaskForm>();
  const { errors } = useFormState({ control, name, exact: true });
  const error: unknown = get(errors, name);
  if (!error || typeof error !== 'object' || !('message' in error)) return undefined;
  return typeof error.message === 'string' ? error.message : undefined;
}

/**
 * A control bound to one parameter of the task, its path written once: label, help, its own error (in the
 * reader's language) and the ARIA that ties them together. The control is the caller's, given the props.
 */
export function FormField<N extends TaskPath>({
  name,
  label,
  labelHidden = false,
  help,
  registerOptions,
  children,
}: FormFieldProps<N> & { children: (control: FieldControlProps<N>) => ReactElement }) {
  const { register } = useFormContext<TaskForm>();
  const error = useFieldError(name);
  const ids = useFieldIds();
  return (
    <Field>
      <FieldLabel htmlFor={ids.id} hidden={labelHidden}>
        {label}
      </FieldLabel>
      {children({
        ...register(name, registerOptions),
        id: ids.id,
        'aria-invalid': Boolean(error),
        'aria-describedby': describedBy(error && ids.error, help ? ids.help : undefined),
      })}
      {error && (
        <FieldError id={ids.error} control={ids.id}>
          <ValidationMessage message={error} />
        </FieldError>
      )}
      {help && <FieldHelp id={ids.help}>{help}</FieldHelp>}
    </Field>
  );
}

type InputAttributes = Omit<ComponentProps<'input'>, 'name' | 'id' | 'ref' | 'onChange' | 'onBlur'>;

/** A one-line text input: `className` adds to the input style (`font-mono`, a width). */
export function TextField<N extends TaskPath>({
  name,
  label,
  labelHidden,
  help,
  registerOptions,
  className = '',
  ...input
}: FormFieldProps<N> & InputAttributes) {
  return (
    <FormField
      name={name}
      label={label}
      labelHidden={labelHidden}
      help={help}
      registerOptions={registerOptions}
    >
      {(control) => (
        <input {...control} autoComplete="off" {...input} className={`${inputClass} ${className}`.trim()} />
      )}
    </FormField>
  );
}
