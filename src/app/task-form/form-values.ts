import { get, type FieldErrors } from 'react-hook-form';
import type { TaskForm } from '#domain/task/task-form';

// Controls give strings; these keep the form values in the schema's types.

/** An emptied text input means "not set" rather than '' (for fields whose schema refuses ''). */
export const optionalText = { setValueAs: (v: unknown) => (v === '' || v == null ? undefined : v) };

/** A number input's value as a number; empty means "not set". */
export const optionalNumber = {
  setValueAs: (v: unknown) => (v === '' || v == null ? undefined : typeof v === 'number' ? v : Number(v)),
};

/** The message of the error at a parameter path such as `Inputs.Variables.0.Name`. */
export function errorAt(errors: FieldErrors<TaskForm>, path: string): string | undefined {
  const error: unknown = get(errors, path);
  if (!error || typeof error !== 'object' || !('message' in error)) return undefined;
  return typeof error.message === 'string' ? error.message : undefined;
}
