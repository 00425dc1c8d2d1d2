/**
 * Expressions for timing `nextRuns(expression, { count: 100 })` against cron-parser and croner: the
 * schedules DataWorks users write, plus the rare ones that make naive iteration slow.
 */
export const BENCH_CORPUS: readonly string[] = [
  // minute schedules
  '00 */5 00-23 * * ?',
  '00 */10 * * * ?',
  '00 */15 * * * ?',
  '00 */30 00-23 * * ?',
  '00 00/5 08-18 * * ?',
  // hourly schedules
  '00 00 00-23/1 * * ?',
  '00 00 00-23/2 * * ?',
  '00 00 08-18/2 * * ?',
  '00 00 01,05,09,13 * * ?',
  '00 30 * * * ?',
  // daily
  '00 00 00 * * ?',
  '00 30 02 * * ?',
  '00 15 23 * * ?',
  // weekly
  '00 00 09 ? * MON',
  '00 00 09 ? * MON-FRI',
  '00 00 10 ? * SAT,SUN',
  '00 00 09 ? * FRI-MON',
  // monthly
  '00 00 01 01 * ?',
  '00 00 01 01,15 * ?',
  '00 00 01 31 * ?',
  '00 00 00 L * ?',
  '00 00 00 L-3 * ?',
  '00 00 00 LW * ?',
  '00 00 00 15W * ?',
  '00 00 00 ? * FRI#3',
  '00 00 00 ? * 6L',
  // yearly and rare
  '00 00 00 01 01 ?',
  '00 00 00 25 12 ?',
  '00 00 00 29 02 ?',
  '00 00 00 ? 2 MON#5',
  '00 00 00 31 2 ?',
];
