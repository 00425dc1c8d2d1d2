// Controls give strings; these keep the form values in the schema's types.

/** An emptied text input means "not set" rather than '' (for fields whose schema refuses ''). */
export const optionalText = { setValueAs: (v: unknown) => (v === '' || v == null ? undefined : v) };

/** A number input's value as a number; empty means "not set". */
export const optionalNumber = {
  setValueAs: (v: unknown) => (v === '' || v == null ? undefined : typeof v === 'number' ? v : Number(v)),
};
