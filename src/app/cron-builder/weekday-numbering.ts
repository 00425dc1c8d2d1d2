import type { WeekdayNumbering } from '#domain/cron/parse-cron';

/** How numeric weekdays are read in this deployment (DESIGN.md "The cron dialect": Spring by default). */
export const WEEKDAY_NUMBERING: WeekdayNumbering = 'spring';
