import {
  fromBuilderModel,
  toBuilderModel,
  type BuilderModel,
  type RawModel,
} from '#domain/cron/builder-model';

export type BuilderMode = BuilderModel['mode'];
/** A builder mode, or the expression as text. */
export type EditorMode = BuilderMode | 'raw';

export const BUILDER_MODES: readonly BuilderMode[] = [
  'minute',
  'hourly',
  'daily',
  'weekly',
  'monthly',
  'yearly',
];

/** The builder's reading of an expression; an empty one is raw with no reason. */
export function readBuilderModel(cron: string | undefined): BuilderModel | RawModel {
  const text = (cron ?? '').trim();
  if (text === '') return { mode: 'raw', reason: '' };
  return toBuilderModel(text); // numeric weekdays read by the deployment's setting
}

function timeOfDay(model: BuilderModel): { hour: number; minute: number } {
  switch (model.mode) {
    case 'minute':
      return { hour: model.startHour, minute: 0 };
    case 'hourly':
      return {
        hour: model.hours.kind === 'every' ? model.hours.startHour : (model.hours.hours[0] ?? 0),
        minute: model.minute,
      };
    default:
      return { hour: model.hour, minute: model.minute };
  }
}

function daysOfMonth(model: BuilderModel): Array<number | 'L'> {
  return model.mode === 'monthly' || model.mode === 'yearly' ? model.days : [1];
}

/** The default of each mode, as DataWorks' console starts it. */
export function toDefaultModel(mode: BuilderMode): BuilderModel {
  return toModelInMode({ mode: 'daily', hour: 0, minute: 0 }, mode);
}

/**
 * Converts a model to another mode when the person picks that mode, keeping what both share (time of
 * day, days of the month) so that a mode switch never starts from scratch.
 */
export function toModelInMode(model: BuilderModel, mode: BuilderMode): BuilderModel {
  if (model.mode === mode) return model;
  const { hour, minute } = timeOfDay(model);
  switch (mode) {
    case 'minute':
      return model.mode === 'hourly' && model.hours.kind === 'every'
        ? { mode, everyMinutes: 5, startHour: model.hours.startHour, endHour: model.hours.endHour }
        : { mode, everyMinutes: 5, startHour: 0, endHour: 23 };
    case 'hourly':
      return model.mode === 'minute'
        ? {
            mode,
            minute: 0,
            hours: { kind: 'every', everyHours: 1, startHour: model.startHour, endHour: model.endHour },
          }
        : { mode, minute, hours: { kind: 'every', everyHours: 1, startHour: 0, endHour: 23 } };
    case 'daily':
      // A weekly schedule is a daily one limited to its weekdays: the switch keeps them.
      return model.mode === 'weekly' ? { mode, hour, minute, weekdays: model.days } : { mode, hour, minute };
    case 'weekly':
      return {
        mode,
        days: model.mode === 'daily' && model.weekdays?.length ? model.weekdays : ['MON'],
        hour,
        minute,
      };
    case 'monthly':
      return { mode, days: daysOfMonth(model), hour, minute };
    case 'yearly':
      return { mode, months: [1], days: daysOfMonth(model), hour, minute };
  }
}

/**
 * The model shown in `mode` when that shows exactly the same expression (a single hour "at 05" is a
 * daily 05:00 too), else null: the builder stays in the mode the person chose while it can.
 */
export function showInMode(model: BuilderModel, mode: BuilderMode): BuilderModel | null {
  if (model.mode === mode) return model;
  const expression = fromBuilderModel(model);
  const candidates = [toModelInMode(model, mode)];
  if (mode === 'hourly' && model.mode === 'daily')
    candidates.unshift({ mode, minute: model.minute, hours: { kind: 'at', hours: [model.hour] } });
  return candidates.find((candidate) => fromBuilderModel(candidate) === expression) ?? null;
}

export type BuilderView =
  | { mode: BuilderMode; model: BuilderModel }
  /** Text mode: chosen, or forced because the builder cannot show the expression (`reason`). */
  | { mode: 'raw'; chosen: boolean; reason: string };

/** What the builder shows for the chosen mode and the current expression. */
export function toBuilderView(chosen: EditorMode, cron: string | undefined): BuilderView {
  const read = readBuilderModel(cron);
  if (read.mode === 'raw') return { mode: 'raw', chosen: chosen === 'raw', reason: read.reason };
  if (chosen === 'raw') return { mode: 'raw', chosen: true, reason: '' };
  const shown = showInMode(read, chosen);
  return shown ? { mode: chosen, model: shown } : { mode: read.mode, model: read };
}

/** The expression the builder writes when the person picks `mode`. */
export function toExpressionInMode(mode: BuilderMode, cron: string | undefined): string {
  const read = readBuilderModel(cron);
  const model = read.mode === 'raw' ? toDefaultModel(mode) : toModelInMode(read, mode);
  return fromBuilderModel(model);
}
