import { describe, expect, it } from 'vitest';
import { fromBuilderModel, toBuilderModel, type BuilderModel } from './builder-model.ts';
import { validateCron } from './validate-cron.ts';

const models: Array<[BuilderModel, string]> = [
  [{ mode: 'minute', everyMinutes: 5, startHour: 0, endHour: 23 }, '00 */5 00-23 * * ?'],
  [{ mode: 'minute', everyMinutes: 30, startHour: 8, endHour: 18 }, '00 */30 08-18 * * ?'],
  [
    { mode: 'hourly', minute: 0, hours: { kind: 'every', everyHours: 1, startHour: 0, endHour: 23 } },
    '00 00 00-23/1 * * ?',
  ],
  [
    { mode: 'hourly', minute: 0, hours: { kind: 'every', everyHours: 2, startHour: 8, endHour: 18 } },
    '00 00 08-18/2 * * ?',
  ],
  [{ mode: 'hourly', minute: 30, hours: { kind: 'at', hours: [1, 5, 13] } }, '00 30 01,05,13 * * ?'],
  [{ mode: 'daily', hour: 2, minute: 30 }, '00 30 02 * * ?'],
  [{ mode: 'daily', hour: 0, minute: 0 }, '00 00 00 * * ?'],
  [{ mode: 'weekly', days: ['MON', 'TUE', 'WED', 'THU', 'FRI'], hour: 9, minute: 0 }, '00 00 09 ? * MON-FRI'],
  [{ mode: 'weekly', days: ['SUN', 'SAT'], hour: 10, minute: 15 }, '00 15 10 ? * SUN,SAT'],
  [{ mode: 'monthly', days: [1, 15], hour: 1, minute: 0 }, '00 00 01 01,15 * ?'],
  [{ mode: 'monthly', days: ['L'], hour: 23, minute: 0 }, '00 00 23 L * ?'],
  [{ mode: 'yearly', months: [2], days: [29], hour: 0, minute: 0 }, '00 00 00 29 02 ?'],
  [{ mode: 'yearly', months: [1, 7], days: [1], hour: 6, minute: 0 }, '00 00 06 01 01,07 ?'],
  [{ mode: 'yearly', months: [12], days: ['L'], hour: 12, minute: 0 }, '00 00 12 L 12 ?'],
];

describe('builder model', () => {
  it.each(models)('$mode model writes %s and reads it back', (model, expression) => {
    expect(fromBuilderModel(model)).toBe(expression);
    expect(toBuilderModel(expression)).toEqual(model);
  });

  it.each(models)('$mode model writes an expression DataWorks accepts', (model) => {
    expect(validateCron(fromBuilderModel(model))).toEqual({ ok: true, warnings: [] });
  });

  it.each([
    ['0 */5 * * * ?', { mode: 'minute', everyMinutes: 5, startHour: 0, endHour: 23 }],
    ['0 0/15 9 * * ?', { mode: 'minute', everyMinutes: 15, startHour: 9, endHour: 9 }],
    [
      '0 0 * * * ?',
      { mode: 'hourly', minute: 0, hours: { kind: 'every', everyHours: 1, startHour: 0, endHour: 23 } },
    ],
    [
      '0 0 */3 * * ?',
      { mode: 'hourly', minute: 0, hours: { kind: 'every', everyHours: 3, startHour: 0, endHour: 23 } },
    ],
    [
      '0 0 2/4 * * ?',
      { mode: 'hourly', minute: 0, hours: { kind: 'every', everyHours: 4, startHour: 2, endHour: 23 } },
    ],
    [
      '0 0 0-3 * * ?',
      { mode: 'hourly', minute: 0, hours: { kind: 'every', everyHours: 1, startHour: 0, endHour: 3 } },
    ],
    ['0 0 12 ? * *', { mode: 'daily', hour: 12, minute: 0 }],
    ['0 0 9 ? * 1-5', { mode: 'weekly', days: ['MON', 'TUE', 'WED', 'THU', 'FRI'], hour: 9, minute: 0 }],
    ['0 0 1 1-3 * ?', { mode: 'monthly', days: [1, 2, 3], hour: 1, minute: 0 }],
    ['0 0 0 1 JAN,JUL ?', { mode: 'yearly', months: [1, 7], days: [1], hour: 0, minute: 0 }],
  ] as const)('reads %s as a form', (expression, model) => {
    expect(toBuilderModel(expression)).toEqual(model);
  });

  it('reads numeric weekdays with the chosen numbering', () => {
    expect(toBuilderModel('0 0 9 ? * 2', { weekdays: 'quartz' })).toEqual({
      mode: 'weekly',
      days: ['MON'],
      hour: 9,
      minute: 0,
    });
  });

  it.each([
    ['0 0 0 1 1 ? 2030', 'The form has no year field'],
    ['30 0 0 * * ?', 'Seconds other than 00'],
    ['0 0 0 ? * FRI#3', 'The form cannot show this combination of fields'],
    ['0 0 0 ? * 6L', 'The form cannot show this combination of fields'],
    ['0 0 0 15W * ?', 'These days of the month (W, L-n, steps) need the text editor'],
    ['0 0 0 L-3 * ?', 'These days of the month (W, L-n, steps) need the text editor'],
    ['0 0 22-2 * * ?', 'This hour field is neither every N hours in a range nor a list of hours'],
    ['0 0,30 9 * * ?', 'This minute field is not a single minute or an every-N-minutes step'],
    ['0 */5 */2 * * ?', 'Minute schedules run within one start-end hour range'],
    ['0 61 * * * ?', 'Minute: 61 at position 3 is out of range 0–59'],
  ])('keeps %s as raw text', (expression, reason) => {
    expect(toBuilderModel(expression)).toEqual({ mode: 'raw', reason });
  });
});
