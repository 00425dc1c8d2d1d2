import { afterEach, describe, expect, it } from 'vitest';
import {
  configureSchedule,
  DEFAULT_SCHEDULE_SETTINGS,
  readScheduleSettings,
  scheduleSettings,
  toCycleType,
} from './dataworks-schedule.ts';

describe('toCycleType', () => {
  // The one table of the CycleType rule (the evidence is in dataworks-schedule.ts).
  it.each([
    // Once a day, in every form DataWorks writes it.
    ['00 30 02 * * ?', 'Daily'],
    ['00 00 00 * * ?', 'Daily'],
    ['00 00 09 ? * MON-FRI', 'Daily'],
    ['00 00 03 ? * MON', 'Daily'],
    ['00 00 04 L * ?', 'Daily'],
    ['00 00 00 29 02 ?', 'Daily'],
    ['00 15 10 ? * SUN,SAT', 'Daily'],
    // More than once a day: a range, step, list or wildcard in the minute or hour field.
    ['00 */5 00-23 * * ?', 'NotDaily'],
    ['00 00 00-23/1 * * ?', 'NotDaily'],
    ['00 00 08-18/2 * * ?', 'NotDaily'],
    ['00 00 08,20 * * ?', 'NotDaily'],
    ['00 00 01,13 * * ?', 'NotDaily'],
    ['00 15 * * * ?', 'NotDaily'],
    // The edge cases, decided by the text as Alibaba's CronExpressUtil does: once a day, yet NotDaily.
    ['00 00 00-00 * * ?', 'NotDaily'],
    ['00 00 08,08 * * ?', 'NotDaily'],
    // Text the cron engine refuses is still classified by its fields.
    ['00 */5 * * * MON', 'NotDaily'],
    ['00 30 02 * * MON', 'Daily'],
    // Surrounding and inner blanks do not matter.
    ['  00  30\t02 * * ?  ', 'Daily'],
  ])('%s is %s', (cron, expected) => {
    expect(toCycleType(cron)).toBe(expected);
  });

  it('is undefined without a cron to derive it from', () => {
    expect(toCycleType(undefined)).toBeUndefined();
    expect(toCycleType('')).toBeUndefined();
    expect(toCycleType('00 00')).toBeUndefined();
  });
});

describe('schedule settings', () => {
  afterEach(() => configureSchedule(DEFAULT_SCHEDULE_SETTINGS));

  it('default to Spring weekdays in Asia/Shanghai, and hold what the process configures', () => {
    expect(scheduleSettings()).toEqual({ weekdays: 'spring', timeZone: 'Asia/Shanghai' });
    configureSchedule({ weekdays: 'quartz', timeZone: 'Asia/Tokyo' });
    expect(scheduleSettings()).toEqual({ weekdays: 'quartz', timeZone: 'Asia/Tokyo' });
  });

  it('read a health reply, keeping the default for a value that is missing or invalid', () => {
    expect(readScheduleSettings({ weekdays: 'quartz', timeZone: 'Europe/Berlin' })).toEqual({
      weekdays: 'quartz',
      timeZone: 'Europe/Berlin',
    });
    expect(readScheduleSettings(undefined)).toEqual(DEFAULT_SCHEDULE_SETTINGS);
    expect(readScheduleSettings({ weekdays: 'iso', timeZone: 'Mars/Olympus' })).toEqual(
      DEFAULT_SCHEDULE_SETTINGS,
    );
  });
});
