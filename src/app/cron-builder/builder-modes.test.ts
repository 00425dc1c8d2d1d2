import { describe, expect, it } from 'vitest';
import { fromBuilderModel, type BuilderModel } from '#domain/cron/builder-model';
import { validateCron } from '#domain/cron/validate-cron';
import {
  BUILDER_MODES,
  showInMode,
  toBuilderView,
  toDefaultModel,
  toExpressionInMode,
  toModelInMode,
} from './builder-modes.ts';

const examples: Array<[BuilderModel, string]> = [
  [{ mode: 'minute', everyMinutes: 10, startHour: 8, endHour: 20 }, '00 */10 08-20 * * ?'],
  [
    { mode: 'hourly', minute: 0, hours: { kind: 'every', everyHours: 2, startHour: 8, endHour: 20 } },
    '00 00 08-20/2 * * ?',
  ],
  [{ mode: 'hourly', minute: 15, hours: { kind: 'at', hours: [1, 13] } }, '00 15 01,13 * * ?'],
  [{ mode: 'daily', hour: 2, minute: 30 }, '00 30 02 * * ?'],
  [{ mode: 'weekly', days: ['MON', 'THU'], hour: 6, minute: 15 }, '00 15 06 ? * MON,THU'],
  [{ mode: 'monthly', days: ['L'], hour: 4, minute: 0 }, '00 00 04 L * ?'],
  [{ mode: 'yearly', months: [1, 4, 7, 10], days: [1], hour: 0, minute: 0 }, '00 00 00 01 01,04,07,10 ?'],
];

describe('builder view', () => {
  it.each(examples)('shows a $mode model in its mode and writes %s back', (model, expression) => {
    expect(fromBuilderModel(model)).toBe(expression);
    expect(toBuilderView(model.mode, expression)).toEqual({ mode: model.mode, model });
  });

  it.each(examples)('keeps %s through text mode and back', (model, expression) => {
    expect(toBuilderView('raw', expression)).toEqual({ mode: 'raw', chosen: true, reason: '' });
    expect(toBuilderView(model.mode, expression)).toEqual({ mode: model.mode, model });
  });

  it('shows a weekday schedule in Day mode as a daily one limited to those days, and all seven as every day', () => {
    expect(toBuilderView('daily', '00 30 02 ? * MON-FRI')).toEqual({
      mode: 'daily',
      model: { mode: 'daily', hour: 2, minute: 30, weekdays: ['MON', 'TUE', 'WED', 'THU', 'FRI'] },
    });
    expect(
      fromBuilderModel({
        mode: 'daily',
        hour: 2,
        minute: 30,
        weekdays: ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'],
      }),
    ).toBe('00 30 02 * * ?');
    expect(fromBuilderModel({ mode: 'daily', hour: 2, minute: 30, weekdays: ['SAT', 'SUN'] })).toBe(
      '00 30 02 ? * SUN,SAT',
    );
  });

  it('follows the expression when the chosen mode cannot show it', () => {
    expect(toBuilderView('weekly', '00 30 02 * * ?')).toMatchObject({ mode: 'daily' });
  });

  it('keeps the chosen mode when it shows the same expression: one chosen hour is also a daily time', () => {
    expect(toBuilderView('hourly', '00 30 05 * * ?')).toEqual({
      mode: 'hourly',
      model: { mode: 'hourly', minute: 30, hours: { kind: 'at', hours: [5] } },
    });
  });

  it('says why the builder cannot show an expression, and never rewrites it', () => {
    expect(toBuilderView('daily', '00 00 00 ? * FRI#3')).toEqual({
      mode: 'raw',
      chosen: false,
      reason: 'The form cannot show this combination of fields',
    });
  });

  it('reads numeric weekdays with Spring numbering', () => {
    expect(toBuilderView('weekly', '00 00 09 ? * 1')).toMatchObject({ model: { days: ['MON'] } });
  });
});

describe('mode switch', () => {
  it.each(BUILDER_MODES)('the default %s model is valid for DataWorks', (mode) => {
    expect(validateCron(fromBuilderModel(toDefaultModel(mode)), { dialect: 'dataworks' }).ok).toBe(true);
  });

  it('keeps the time of day from daily to weekly, monthly and yearly', () => {
    expect(toExpressionInMode('weekly', '00 30 02 * * ?')).toBe('00 30 02 ? * MON');
    expect(toExpressionInMode('monthly', '00 30 02 * * ?')).toBe('00 30 02 01 * ?');
    expect(toExpressionInMode('yearly', '00 00 04 L * ?')).toBe('00 00 04 L 01 ?');
  });

  it('keeps the hour range between minute and hourly schedules', () => {
    const minute = toModelInMode(
      { mode: 'hourly', minute: 0, hours: { kind: 'every', everyHours: 2, startHour: 8, endHour: 20 } },
      'minute',
    );
    expect(fromBuilderModel(minute)).toBe('00 */5 08-20 * * ?');
    expect(fromBuilderModel(toModelInMode(minute, 'hourly'))).toBe('00 00 08-20/1 * * ?');
  });

  it('starts from the default when the expression is not one the builder can show', () => {
    expect(toExpressionInMode('daily', '00 00 00 ? * FRI#3')).toBe('00 00 00 * * ?');
    expect(toExpressionInMode('weekly', '')).toBe('00 00 00 ? * MON');
  });

  it('shows a model in another mode only when the expression stays the same', () => {
    expect(showInMode({ mode: 'daily', hour: 1, minute: 0 }, 'weekly')).toBeNull();
  });
});
