import { z } from 'zod';

// DataWorks IDs are int64; JavaScript numbers lose digits past 2^53, so IDs are decimal strings in our code.
const INT64_MAX = 9223372036854775807n;

/** Accepts a string of digits or a safe integer, yields the decimal string. */
export const TaskIdSchema = z
  .union([
    z.string().regex(/^[0-9]{1,19}$/, 'must be a whole number written with digits only'),
    z.number().int('must be a whole number').nonnegative().max(Number.MAX_SAFE_INTEGER, {
      message: 'is larger than 2^53: send it as a string of digits to keep every digit',
    }),
  ])
  .transform((value) => String(value).replace(/^0+(?=\d)/, ''))
  .refine((value) => BigInt(value) <= INT64_MAX, 'must fit a 64-bit integer')
  .refine((value) => value !== '0', 'must be a positive number');

export type TaskId = z.output<typeof TaskIdSchema>;
