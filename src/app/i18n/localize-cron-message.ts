// The cron engine's messages (domain/cron: parse-cron.ts, validate-cron.ts, next-runs.ts) are English, as the
// proxy returns them; this is their Simplified Chinese, pattern by pattern. Each message is `<Field>: <detail>`;
// positions are already counted from 1 ("第 N 个字符").

const FIELDS: Record<string, string> = {
  Second: '秒',
  Minute: '分钟',
  Hour: '小时',
  'Day-of-month': '日期',
  Month: '月份',
  'Day-of-week': '星期',
  Year: '年',
  Expression: '表达式',
};

const at = (position: string) => `第 ${position} 个字符`;

const WEEKDAY_HINT: Record<string, string> = {
  ' (0 or 7 = Sunday)': '（0 或 7 为星期日）',
  ' (1 = Sunday)': '（1 为星期日）',
};

const DETAILS: [RegExp, (...groups: string[]) => string][] = [
  [
    /^(\d+) fields? found, ending at position (\d+); expected 6 \(.*\) and an optional year$/,
    (n, p) => `共 ${n} 个字段（到${at(p)}为止）；应为 6 个字段（秒 分 时 日 月 星期），年份可选`,
  ],
  [
    /^'(.*)' at position (\d+) and day-of-month '(.*)' at position (\d+) are both restricted; one of them must be '\?'$/,
    (a, p, b, q) => `${at(p)}的 '${a}' 与日期字段${at(q)}的 '${b}' 同时限定了日子；二者之一必须为 '?'`,
  ],
  [
    /^'(.*)' at position (\d+) combines 'L' or 'LW' with other days, which Quartz does not support$/,
    (x, p) => `${at(p)}的 '${x}' 把 'L' 或 'LW' 与其他日期组合，Quartz 不支持`,
  ],
  [
    /^'(.*)' at position (\d+) combines 'L' with other days, which Quartz does not support$/,
    (x, p) => `${at(p)}的 '${x}' 把 'L' 与其他星期组合，Quartz 不支持`,
  ],
  [
    /^'(.*)' at position (\d+) has more than one '#'; only one nth day is supported$/,
    (x, p) => `${at(p)}的 '${x}' 含有多个 '#'；只支持一个“第几个星期几”`,
  ],
  [
    /^'(.*)' at position (\d+) is not allowed here; names are for months and days of the week$/,
    (x, p) => `${at(p)}的 '${x}' 不能用在这里；英文名称只用于月份和星期`,
  ],
  [
    /^'(.*)' at position (\d+) is not a month name \(JAN-DEC\)$/,
    (x, p) => `${at(p)}的 '${x}' 不是月份名称（JAN-DEC）`,
  ],
  [
    /^'(.*)' at position (\d+) is not a day name \(SUN-SAT\)$/,
    (x, p) => `${at(p)}的 '${x}' 不是星期名称（SUN-SAT）`,
  ],
  [/^unexpected '(.*)' at position (\d+) after '\?'$/, (x, p) => `'?' 之后${at(p)}出现了多余的 '${x}'`],
  [
    /^'\?' at position (\d+) is only allowed in day-of-month or day-of-week$/,
    (p) => `${at(p)}的 '?' 只能用于日期或星期字段`,
  ],
  [
    /^'\?' at position (\d+) is also used in day-of-month; only one of the two may be '\?'$/,
    (p) => `${at(p)}的 '?' 在日期字段中也已使用；二者只能有一个为 '?'`,
  ],
  [/^'\/' at position (\d+) must be followed by a number$/, (p) => `${at(p)}的 '/' 后面必须是数字`],
  [/^step '(.*)' at position (\d+) is not a number$/, (x, p) => `${at(p)}的步长 '${x}' 不是数字`],
  [/^'L-' at position (\d+) must be followed by a number of days$/, (p) => `${at(p)}的 'L-' 后面必须是天数`],
  [
    /^offset (\d+) at position (\d+) from the last day is larger than 30$/,
    (n, p) => `${at(p)}距月末的偏移 ${n} 大于 30`,
  ],
  [
    /^unexpected character '(.*)' at position (\d+) after '\/'$/,
    (x, p) => `'/' 之后${at(p)}出现了意外的字符 '${x}'`,
  ],
  [/^unexpected character '(.*)' at position (\d+)$/, (x, p) => `${at(p)}出现了意外的字符 '${x}'`],
  [
    /^'L' at position (\d+) is only allowed after a day of the week here$/,
    (p) => `${at(p)}的 'L' 在此处只能跟在星期之后`,
  ],
  [/^'W' at position (\d+) is only allowed in day-of-month$/, (p) => `${at(p)}的 'W' 只能用于日期字段`],
  [/^(\d+)W at position (\d+): a month has at most 31 days$/, (n, p) => `${at(p)}的 ${n}W：一个月最多 31 天`],
  [/^'#' at position (\d+) is only allowed in day-of-week$/, (p) => `${at(p)}的 '#' 只能用于星期字段`],
  [
    /^range '(.*)' at position (\d+) needs a number after '-'$/,
    (x, p) => `${at(p)}的范围 '${x}' 在 '-' 之后需要数字`,
  ],
  [
    /^'#' at position (\d+) must be followed by a number from 1 to 5$/,
    (p) => `${at(p)}的 '#' 后面必须是 1 到 5 的数字`,
  ],
  [
    /^(\d+) at position (\d+) is out of range (\d+)–(\d+)( \(0 or 7 = Sunday\)| \(1 = Sunday\))?$/,
    (n, p, min, max, hint) =>
      `${at(p)}的 ${n} 超出范围 ${min}–${max}${hint ? (WEEKDAY_HINT[hint] ?? '') : ''}`,
  ],
  [/^step (\d+) at position (\d+) is larger than (\d+)$/, (n, p, max) => `${at(p)}的步长 ${n} 大于 ${max}`],
  [/^range at position (\d+) ends before it starts$/, (p) => `${at(p)}的范围结束值小于开始值`],
  [
    /^'(.*)' at position (\d+) must be 00; DataWorks does not schedule by the second$/,
    (x, p) => `${at(p)}的 '${x}' 必须为 00；DataWorks 不支持按秒调度`,
  ],
  [
    /^'(.*)' at position (\d+) is not supported by DataWorks; write six fields$/,
    (x, p) => `DataWorks 不支持${at(p)}的 '${x}'（年份字段）；请只写 6 个字段`,
  ],
  [
    /^'(.*)' at position (\d+) runs every (\d+) minutes?; DataWorks runs a minute schedule at most every (\d+) minutes$/,
    (x, p, n, min) => `${at(p)}的 '${x}' 每 ${n} 分钟运行一次；DataWorks 按分钟调度的间隔至少为 ${min} 分钟`,
  ],
  [
    /^range '(.*)' at position (\d+) wraps past midnight; DataWorks needs a start hour no later than the end hour$/,
    (x, p) => `${at(p)}的范围 '${x}' 跨过了午夜；DataWorks 要求开始小时不晚于结束小时`,
  ],
  [
    /^'(.*)' at position (\d+) is a number, which Spring reads as (\S+) and Quartz as (\S+); read here as (Spring|Quartz), write names to make it unambiguous$/,
    (x, p, spring, quartz, here) =>
      `${at(p)}的 '${x}' 是数字：Spring 读作 ${spring}，Quartz 读作 ${quartz}；此处按 ${here} 解读。请改写为星期名称以消除歧义`,
  ],
  [/^'(.*)' at position (\d+) selects no value$/, (x, p) => `${at(p)}的 '${x}' 没有选中任何值`],
];

/** The Chinese of a cron engine message, or null when it is not one (or not a known one). */
export function localizeCronMessage(message: string): string | null {
  const colon = message.indexOf(': ');
  const field = FIELDS[message.slice(0, colon)];
  if (colon < 0 || field === undefined) return null;
  const detail = message.slice(colon + 2);
  for (const [pattern, translate] of DETAILS) {
    const match = pattern.exec(detail);
    if (match) return `${field === '表达式' ? field : `${field}字段`}：${translate(...match.slice(1))}`;
  }
  return null;
}
