import { describe, expect, it } from 'vitest';
import { validateCron } from './validate-cron.ts';

const FIELDS = 'expected 6 (second minute hour day-of-month month day-of-week) and an optional year';

describe('validateCron messages (Quartz rules)', () => {
  const cases: Array<[string, string, number, string]> = [
    ['0 61 * * * ?', 'minute', 2, 'Minute: 61 at position 3 is out of range 0–59'],
    ['60 0 * * * ?', 'second', 0, 'Second: 60 at position 1 is out of range 0–59'],
    ['0 0 24 * * ?', 'hour', 4, 'Hour: 24 at position 5 is out of range 0–23'],
    ['0 0 1-25 * * ?', 'hour', 6, 'Hour: 25 at position 7 is out of range 0–23'],
    ['0 0 0 32 * ?', 'dayOfMonth', 6, 'Day-of-month: 32 at position 7 is out of range 1–31'],
    ['0 0 0 1 13 ?', 'month', 8, 'Month: 13 at position 9 is out of range 1–12'],
    ['0 0 0 ? * 8', 'dayOfWeek', 10, 'Day-of-week: 8 at position 11 is out of range 0–7 (0 or 7 = Sunday)'],
    ['0 0 0 ? * 9L', 'dayOfWeek', 10, 'Day-of-week: 9 at position 11 is out of range 0–7 (0 or 7 = Sunday)'],
    ['0 0 0 1 FOO ?', 'month', 8, "Month: 'FOO' at position 9 is not a month name (JAN-DEC)"],
    ['0 0 0 1 JAN-FOO ?', 'month', 12, "Month: 'FOO' at position 13 is not a month name (JAN-DEC)"],
    ['0 0 0 ? * FOO', 'dayOfWeek', 10, "Day-of-week: 'FOO' at position 11 is not a day name (SUN-SAT)"],
    ['0 0 0 ? * MO', 'dayOfWeek', 10, "Day-of-week: 'MO' at position 11 is not a day name (SUN-SAT)"],
    [
      '0 0 MON * * ?',
      'hour',
      4,
      "Hour: 'MON' at position 5 is not allowed here; names are for months and days of the week",
    ],
    [
      '0 0 0 ? * MON#6',
      'dayOfWeek',
      13,
      "Day-of-week: '#' at position 14 must be followed by a number from 1 to 5",
    ],
    [
      '0 0 0 ? * 1#x',
      'dayOfWeek',
      11,
      "Day-of-week: '#' at position 12 must be followed by a number from 1 to 5",
    ],
    ['0 0 0 ?xy * *', 'dayOfMonth', 7, "Day-of-month: unexpected 'X' at position 8 after '?'"],
    ['0 ? * * * ?', 'minute', 2, "Minute: '?' at position 3 is only allowed in day-of-month or day-of-week"],
    [
      '0 0 0 ? * ?',
      'dayOfWeek',
      10,
      "Day-of-week: '?' at position 11 is also used in day-of-month; only one of the two may be '?'",
    ],
    ['0 0/ * * * ?', 'minute', 3, "Minute: '/' at position 4 must be followed by a number"],
    ['0 / * * * ?', 'minute', 2, "Minute: '/' at position 3 must be followed by a number"],
    ['0 */x * * * ?', 'minute', 4, "Minute: step 'X' at position 5 is not a number"],
    ['0 0/70 * * * ?', 'minute', 4, 'Minute: step 70 at position 5 is larger than 59'],
    ['0 0 */25 * * ?', 'hour', 6, 'Hour: step 25 at position 7 is larger than 23'],
    [
      '0 0 0 L-31 * ?',
      'dayOfMonth',
      8,
      'Day-of-month: offset 31 at position 9 from the last day is larger than 30',
    ],
    [
      '0 0 0 L- * ?',
      'dayOfMonth',
      6,
      "Day-of-month: 'L-' at position 7 must be followed by a number of days",
    ],
    ['0 0 5L * * ?', 'hour', 5, "Hour: 'L' at position 6 is only allowed after a day of the week here"],
    ['0 0 5W * * ?', 'hour', 5, "Hour: 'W' at position 6 is only allowed in day-of-month"],
    ['0 0 0 32W * ?', 'dayOfMonth', 6, 'Day-of-month: 32W at position 7: a month has at most 31 days'],
    ['0 0 0 5#2 * ?', 'dayOfMonth', 7, "Day-of-month: '#' at position 8 is only allowed in day-of-week"],
    ['0 0 1- * * ?', 'hour', 4, "Hour: range '1-' at position 5 needs a number after '-'"],
    ['0 0/5x * * * ?', 'minute', 5, "Minute: unexpected character 'X' at position 6 after '/'"],
    ['0 -5 * * * ?', 'minute', 2, "Minute: unexpected character '-' at position 3"],
    [
      '0 0 0 L,15 * ?',
      'dayOfMonth',
      6,
      "Day-of-month: 'L,15' at position 7 combines 'L' or 'LW' with other days, which Quartz does not support",
    ],
    [
      '0 0 0 ? * 2,6L',
      'dayOfWeek',
      10,
      "Day-of-week: '2,6L' at position 11 combines 'L' with other days, which Quartz does not support",
    ],
    [
      '0 0 0 ? * 2#1,3#2',
      'dayOfWeek',
      10,
      "Day-of-week: '2#1,3#2' at position 11 has more than one '#'; only one nth day is supported",
    ],
    ['0 0 0 1 1 ? 2030-2020', 'year', 12, 'Year: range at position 13 ends before it starts'],
    ['0 0 12 * *', 'expression', 10, `Expression: 5 fields found, ending at position 10; ${FIELDS}`],
    ['', 'expression', 0, `Expression: 0 fields found, ending at position 0; ${FIELDS}`],
    [
      '0 0 12 1 * MON',
      'dayOfWeek',
      11,
      "Day-of-week: 'MON' at position 12 and day-of-month '1' at position 8 are both restricted; one of them must be '?'",
    ],
    [
      '0 0 12 * * *',
      'dayOfWeek',
      11,
      "Day-of-week: '*' at position 12 and day-of-month '*' at position 8 are both restricted; one of them must be '?'",
    ],
  ];

  it.each(cases)('%s -> %s at %i', (expression, field, position, message) => {
    const result = validateCron(expression, { dialect: 'quartz' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([expect.objectContaining({ field, position, message })]);
  });

  it('quotes weekday ranges in the numbering in use', () => {
    const result = validateCron('0 0 0 ? * 0', { dialect: 'quartz', weekdays: 'quartz' });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
      'Day-of-week: 0 at position 11 is out of range 1–7 (1 = Sunday)',
    ]);
  });

  it('reports each broken field, in order of position', () => {
    const result = validateCron('0 61 25 * * ?', { dialect: 'quartz' });
    expect(result.ok ? [] : result.errors.map((e) => [e.field, e.position, e.length])).toEqual([
      ['minute', 2, 2],
      ['hour', 5, 2],
    ]);
  });

  it('accepts what Quartz accepts, including its quirks', () => {
    for (const expression of [
      '0 0 9 ? * MONDAY',
      '0 0 12 ? * 2/0',
      '0 0 */0 * * ?',
      '0 0 12 * * ? 2027 extra',
    ]) {
      expect(validateCron(expression, { dialect: 'quartz', weekdays: 'quartz' }).ok, expression).toBe(true);
    }
  });
});

describe('validateCron in the DataWorks dialect', () => {
  const errors = (expression: string) => {
    const result = validateCron(expression);
    return result.ok ? [] : result.errors.map((e) => e.message);
  };

  it('requires a zero seconds field', () => {
    expect(errors('5 0 0 * * ?')).toEqual([
      "Second: '5' at position 1 must be 00; DataWorks does not schedule by the second",
    ]);
    expect(errors('0 0 0 * * ?')).toEqual([]);
    expect(errors('00 00 00 * * ?')).toEqual([]);
  });

  it('refuses a year field', () => {
    expect(errors('0 0 0 1 1 ? 2030')).toEqual([
      "Year: '2030' at position 13 is not supported by DataWorks; write six fields",
    ]);
  });

  it('refuses minute schedules more often than every 5 minutes', () => {
    expect(errors('0 */2 * * * ?')).toEqual([
      "Minute: '*/2' at position 3 runs every 2 minutes; DataWorks runs a minute schedule at most every 5 minutes",
    ]);
    expect(errors('0 * * * * ?')).toEqual([
      "Minute: '*' at position 3 runs every 1 minute; DataWorks runs a minute schedule at most every 5 minutes",
    ]);
    expect(errors('0 0,58 * * * ?')).toHaveLength(1);
    expect(errors('0 */5 * * * ?')).toEqual([]);
    expect(errors('00 00/5 08-18 * * ?')).toEqual([]);
  });

  it('refuses an hour range that wraps past midnight', () => {
    expect(errors('0 0 22-2 * * ?')).toEqual([
      "Hour: range '22-2' at position 5 wraps past midnight; DataWorks needs a start hour no later than the end hour",
    ]);
    expect(errors('0 0 0-3 * * ?')).toEqual([]);
  });

  it('refuses both day fields restricted, with a clear message', () => {
    expect(errors('0 0 12 1 * MON')).toEqual([
      "Day-of-week: 'MON' at position 12 and day-of-month '1' at position 8 are both restricted; one of them must be '?'",
    ]);
  });

  it('warns that a numeric weekday is ambiguous and suggests names', () => {
    const spring = validateCron('0 0 9 ? * 2');
    expect(spring.warnings).toEqual([
      {
        field: 'dayOfWeek',
        position: 10,
        length: 1,
        message:
          "Day-of-week: '2' at position 11 is a number, which Spring reads as TUE and Quartz as MON; read here as Spring, write names to make it unambiguous",
        suggestion: '0 0 9 ? * TUE',
      },
    ]);
    const quartz = validateCron('0 0 9 ? * 1-5', { weekdays: 'quartz' });
    expect(quartz.warnings.map((w) => [w.message, w.suggestion])).toEqual([
      [
        "Day-of-week: '1-5' at position 11 is a number, which Spring reads as MON-FRI and Quartz as SUN-THU; read here as Quartz, write names to make it unambiguous",
        '0 0 9 ? * SUN-THU',
      ],
    ]);
    expect(validateCron('0 0 9 ? * MON-FRI').warnings).toEqual([]);
    expect(validateCron('0 0 9 ? * 2', { dialect: 'quartz' }).warnings).toEqual([]);
  });

  it('does not repeat a DataWorks error for a field that is already broken', () => {
    expect(errors('x 0 0 * * ?')).toEqual([
      "Second: 'X' at position 1 is not allowed here; names are for months and days of the week",
    ]);
  });
});
