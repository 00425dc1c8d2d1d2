import {
  useCallback,
  useSyncExternalStore,
  type ComponentProps,
  type ReactElement,
  type ReactNode,
} from 'react';
import {
  useFormContext,
  type Control,
  type Path,
  type RegisterOptions,
  type UseFormRegisterReturn,
  type UseFormReturn,
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
import { optionalNumber } from './form-values.ts';
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
  /**
   * The id of the element that shows this field's error elsewhere (FieldErrorAt: a list row's errors, at the
   * row's full width under it, rather than in the field's own narrow column).
   */
  errorElsewhere?: string;
}

type Listener = () => void;

/**
 * The form's errors, passed on to the fields they concern. react-hook-form calls every listener at every change
 * of the form state, keystrokes included: with each field listening for itself (useFormState with its name), a
 * keystroke in Description took 3.6 ms instead of 1.3 ms beside 3,000 table fields (happy-dom). The relay is the
 * form's one listener, for errors only, and calls the fields whose path the changed error is on, above or below.
 */
class ErrorRelay {
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(form: Pick<UseFormReturn<TaskForm>, 'subscribe'>) {
    form.subscribe({
      formState: { errors: true },
      callback: ({ name }) => {
        for (const [path, listeners] of this.listeners)
          if (!name || path === name || path.startsWith(`${name}.`) || name.startsWith(`${path}.`))
            for (const listener of listeners) listener();
      },
    });
  }

  listen(path: string, listener: Listener): () => void {
    const listeners = this.listeners.get(path) ?? new Set();
    this.listeners.set(path, listeners.add(listener));
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) this.listeners.delete(path);
    };
  }
}

const relays = new WeakMap<Control<TaskForm>, ErrorRelay>();

/**
 * The message of the error at `name`: the caller re-renders when it changes, and for nothing else. (Not
 * getFieldState(name, formState): it reads dirtyFields, touchedFields and validatingFields through the form state's
 * proxy too, and validatingFields changes for the whole form twice a keystroke.)
 */
export function useFieldError(name: TaskPath): string | undefined {
  const { control, subscribe, getFieldState } = useFormContext<TaskForm>();
  const listen = useCallback(
    (listener: Listener) => {
      let relay = relays.get(control);
      if (!relay) relays.set(control, (relay = new ErrorRelay({ subscribe })));
      return relay.listen(name, listener);
    },
    [control, subscribe, name],
  );
  return useSyncExternalStore(listen, () => {
    const message: unknown = getFieldState(name).error?.message;
    return typeof message === 'string' ? message : undefined;
  });
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
  errorElsewhere,
  children,
}: FormFieldProps<N> & { children: (control: FieldControlProps<N>) => ReactElement }) {
  const { register } = useFormContext<TaskForm>();
  const error = useFieldError(name);
  const ids = useFieldIds();
  const errorId = errorElsewhere ?? ids.error;
  return (
    <Field>
      <FieldLabel htmlFor={ids.id} hidden={labelHidden}>
        {label}
      </FieldLabel>
      {children({
        ...register(name, registerOptions),
        id: ids.id,
        'aria-invalid': Boolean(error),
        'aria-describedby': describedBy(error && errorId, help ? ids.help : undefined),
      })}
      {error && !errorElsewhere && (
        <FieldError id={ids.error} control={ids.id}>
          <ValidationMessage message={error} />
        </FieldError>
      )}
      {help && <FieldHelp id={ids.help}>{help}</FieldHelp>}
    </Field>
  );
}

/** The error of the field at `name` whose FormField was given `errorElsewhere={id}`, shown here. */
export function FieldErrorAt({ name, id }: { name: TaskPath; id: string }) {
  const error = useFieldError(name);
  if (!error) return null;
  return (
    <FieldError id={id} control={name}>
      <ValidationMessage message={error} />
    </FieldError>
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
  errorElsewhere,
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
      errorElsewhere={errorElsewhere}
    >
      {(control) => (
        <input {...control} autoComplete="off" {...input} className={`${inputClass} ${className}`.trim()} />
      )}
    </FormField>
  );
}

/**
 * A number input (emptied, the parameter is unset); `unit` and `shown`, the value in other words, follow it on
 * its line.
 */
export function NumberField<N extends TaskPath>({
  name,
  label,
  help,
  min,
  max,
  step,
  className,
  unit,
  shown,
}: Omit<FormFieldProps<N>, 'registerOptions' | 'labelHidden'> & {
  min: number;
  max: number;
  step: number;
  /** The input's width. */
  className: string;
  unit?: string;
  shown?: string;
}) {
  return (
    <FormField name={name} label={label} help={help} registerOptions={optionalNumber}>
      {(control) => {
        const input = (
          <input
            {...control}
            type="number"
            min={min}
            max={max}
            step={step}
            className={`${inputClass} ${className} font-mono`}
          />
        );
        if (unit === undefined && shown === undefined) return input;
        return (
          <div className="flex items-center gap-3">
            {input}
            {unit && <span className="text-sm text-slate-600 dark:text-slate-400">{unit}</span>}
            <output htmlFor={control.id} className="text-sm text-slate-700 dark:text-slate-300">
              {shown}
            </output>
          </div>
        );
      }}
    </FormField>
  );
}
