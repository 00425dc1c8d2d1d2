import { TriangleAlert } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useFormContext, useWatch, type PathValue, type RegisterOptions } from 'react-hook-form';
import type { TaskForm } from '#domain/task/task-form';
import { Combobox } from '../components/combobox.tsx';
import { useFieldError, type TaskPath } from '../components/form/form-field.tsx';
import { ValidationMessage } from '../components/form/validation-message.tsx';
import {
  describedBy,
  Field,
  FieldError,
  FieldHelp,
  FieldLabel,
  inputClass,
  useFieldIds,
} from '../components/ui/field.tsx';
import { useWorkspaceMessages } from './workspace-messages.ts';

/** One entry of a picker: the value it sets, its name, what else tells it apart, and a warning if any. */
export interface LookupOption {
  value: string;
  name: string;
  detail?: string;
  warning?: string;
}

/** What a lookup answers for a field: its options for the text typed, and what it says of the current value. */
export interface Lookup {
  options: readonly LookupOption[];
  /** How many match in all (the options may be the first of them). */
  total: number;
  /** The options are not those of the text typed yet. */
  pending: boolean;
  /** The lookup failed or is not offered: the field is free text, and this says so and what to type. */
  fallback?: string;
  /** Who or what the current value is ("Alice Chen · Workspace Owner"). */
  current?: string;
  /** A warning about the current value ("not a member of this workspace"); it can still be saved. */
  flag?: string;
}

/** The state a lookup field shares with its lookup: the value, the text to search for, whether the list is open. */
export interface LookupState {
  value: string;
  /** What the person typed since they last picked ('' shows the whole list, as on opening). */
  search: string;
  open: boolean;
}

/**
 * A field's value and the text it searches: the text typed since the last pick, the whole list otherwise.
 * Text for which `holdWhile` is true (a name typed into Owner, which can never be its value) is a search only:
 * it becomes the field's value when the list closes (Escape, Tab, leaving the field, Ctrl+S) unless an option
 * was picked, so a search never counts as an edit or an error while it is typed.
 */
export function useLookupState<N extends TaskPath>(
  name: N,
  { holdWhile }: { holdWhile?: (text: string) => boolean } = {},
) {
  const { control } = useFormContext<TaskForm>();
  const raw: unknown = useWatch({ control, name });
  const value = typeof raw === 'string' ? raw : '';
  const [typing, setTyping] = useState(false);
  const [open, setOpen] = useState(false);
  /** Typed and held, not yet the form's value. */
  const [held, setHeld] = useState<string>();
  const state: LookupState = { value, search: typing ? (held ?? value) : '', open };
  return { name, state, setTyping, setOpen, held, setHeld, holdWhile };
}

/**
 * A parameter of the task picked from one of the workspace's lists: the control is a combobox whose input is
 * the registered field itself (its `name` is the parameter path, its value what is saved), so drafts, undo,
 * the review and going to a field see it as any other. Picking sets the option's value; anything typed stays
 * as typed (the schema judges it), and a value the list does not know is flagged, never replaced. While the
 * person searches, the field's error waits until the list closes. When the lookup fails the field is plain
 * free text with a note saying why.
 */
export function LookupField<N extends TaskPath>({
  field,
  lookup,
  label,
  help,
  registerOptions,
  className = '',
  inputMode,
}: {
  field: ReturnType<typeof useLookupState<N>>;
  lookup: Lookup;
  label: string;
  help: ReactNode;
  registerOptions?: RegisterOptions<TaskForm, N>;
  className?: string;
  inputMode?: 'numeric' | 'text';
}) {
  const m = useWorkspaceMessages();
  const { register, setValue } = useFormContext<TaskForm>();
  const { name, state, setTyping, setOpen, held, setHeld, holdWhile } = field;
  const error = useFieldError(name);
  const ids = useFieldIds();
  const noteId = `${ids.id}-note`;
  const searching = state.open && state.search !== '' && !lookup.fallback;
  const shownError = searching ? undefined : error;
  const registration = register(name, registerOptions);
  const note = lookup.fallback ?? lookup.flag;

  function set(value: string) {
    setValue(name, value as PathValue<TaskForm, N>, {
      shouldDirty: true,
      shouldTouch: true,
      shouldValidate: true,
    });
    setHeld(undefined);
  }

  /** Held text becomes the value (the schema judges it) once the person stops searching. */
  function commit() {
    if (held !== undefined) set(held);
  }

  function pick(value: string) {
    set(value);
    setTyping(false);
    setOpen(false);
  }

  const status = lookup.pending
    ? m.searching
    : lookup.options.length === 0
      ? m.noMatch
      : m.resultCount(lookup.options.length, lookup.total);

  return (
    <Field>
      <FieldLabel htmlFor={ids.id}>{label}</FieldLabel>
      <Combobox
        plain={Boolean(lookup.fallback)}
        open={state.open}
        onOpenChange={(open) => {
          setOpen(open);
          if (open) return;
          commit();
          setTyping(false);
        }}
        onPick={pick}
        listLabel={label}
        status={status}
        emptyText={lookup.pending ? m.searching : m.noMatch}
        options={lookup.options.map((option) => ({
          key: option.value,
          content: <OptionContent option={option} />,
        }))}
        inputProps={{
          ...registration,
          onChange: (e) => {
            setTyping(true);
            // Free text (the lookup failed) holds nothing back: what is typed is the value, as in any field.
            if (!lookup.fallback && holdWhile?.(e.target.value)) return setHeld(e.target.value);
            setHeld(undefined);
            void registration.onChange(e);
          },
          onBlur: (e) => {
            commit();
            void registration.onBlur(e);
          },
          // Ctrl+S reviews what the field shows.
          onKeyDown: (e) => {
            if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') commit();
          },
          id: ids.id,
          'aria-invalid': Boolean(shownError),
          'aria-describedby': describedBy(
            shownError && ids.error,
            (note || lookup.current) && noteId,
            ids.help,
          ),
          inputMode,
          className: `${inputClass} w-full ${className}`.trim(),
        }}
      />
      {shownError && (
        <FieldError id={ids.error} control={ids.id}>
          <ValidationMessage message={shownError} />
        </FieldError>
      )}
      {(note || lookup.current) && (
        <p
          id={noteId}
          className="flex flex-wrap items-center gap-x-2 text-xs"
          data-testid={`lookup-note-${name}`}
        >
          {lookup.current && <span className="text-slate-700 dark:text-slate-300">{lookup.current}</span>}
          {lookup.current && note && ' '}
          {note && (
            <span className="inline-flex items-center gap-1 text-amber-800 dark:text-amber-300">
              <TriangleAlert aria-hidden className="size-3.5 shrink-0" />
              {note}
            </span>
          )}
        </p>
      )}
      <FieldHelp id={ids.help}>{help}</FieldHelp>
    </Field>
  );
}

/** An option: its name and the value it sets on the first line, what tells it apart below. */
export function OptionContent({ option }: { option: LookupOption }) {
  return (
    <>
      <span className="flex items-baseline justify-between gap-3">
        <span className="truncate font-medium">{option.name || option.value}</span>
        <span className="shrink-0 font-mono text-xs text-slate-600 dark:text-slate-400">{option.value}</span>
      </span>
      {(option.detail || option.warning) && (
        <span className="flex flex-wrap gap-x-2 text-xs text-slate-600 dark:text-slate-400">
          {option.detail && <span>{option.detail}</span>}
          {option.warning && <span className="text-amber-800 dark:text-amber-300">{option.warning}</span>}
        </span>
      )}
    </>
  );
}
