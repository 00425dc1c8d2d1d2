import { localizeCronMessage } from './localize-cron-message.ts';
import type { Locale } from './messages.ts';

// The schema's messages are English, because the proxy returns them too (API clients read them). The form
// shows them in the reader's language: each English message, or message pattern, with its Chinese.
const ZH_CN: [RegExp, (...groups: string[]) => string][] = [
  [/^is required$/, () => '必填'],
  [/^must not be empty$/, () => '不能为空'],
  [/^must not contain spaces$/, () => '不能包含空格'],
  [/^must be an account ID written with digits only$/, () => '必须是只含数字的账号 ID'],
  [/^must be at most (\d+) characters$/, (n) => `最多 ${n} 个字符`],
  [
    /^must not contain control characters \(found (U\+[0-9A-F]+) at position (\d+)\)$/,
    (char, at) => `不能包含控制字符（在位置 ${at} 发现 ${char}）`,
  ],
  [
    /^must be a single line, without line breaks \(found (U\+[0-9A-F]+) at position (\d+)\)$/,
    (char, at) => `必须为单行，不能包含换行符（在位置 ${at} 发现 ${char}）`,
  ],
  [
    /^must not contain an unpaired UTF-16 surrogate \(found (U\+[0-9A-F]+) at position (\d+)\)$/,
    (char, at) => `不能包含未配对的 UTF-16 代理项（在位置 ${at} 发现 ${char}）`,
  ],
  [/^must be at most (\d+)$/, (n) => `不能大于 ${n}`],
  [/^must be 0 or more$/, () => '不能小于 0'],
  [/^must be greater than 0$/, () => '必须大于 0'],
  [/^must be a positive number$/, () => '必须是正数'],
  [/^must be a number$/, () => '必须是数字'],
  [/^must be a whole number$/, () => '必须是整数'],
  [/^must be a number of seconds$/, () => '必须是秒数'],
  [/^must be a whole number of seconds$/, () => '必须是整数秒'],
  [/^must be a number of milliseconds$/, () => '必须是毫秒数'],
  [/^must be a whole number of milliseconds$/, () => '必须是整数毫秒'],
  [/^must be a whole number written with digits only$/, () => '必须是只含数字的整数'],
  [/^must fit a 64-bit integer$/, () => '超出 64 位整数范围'],
  [/^is larger than 2\^53/, () => '超过 2^53：请以数字字符串发送以保留每一位'],
  [
    /^must be 0 \(no timeout\) or between (\d+) and (\d+) seconds \(1 to 168 hours\)$/,
    (a, b) => `必须为 0（不设超时）或 ${a} 到 ${b} 秒之间（1 到 168 小时）`,
  ],
  [/^must not exceed (\d+) ms \(30 minutes\)$/, (n) => `不能超过 ${n} 毫秒（30 分钟）`],
  [
    /^must be a date and time written yyyy-mm-dd hh:mm:ss/,
    () => '必须是 yyyy-mm-dd hh:mm:ss 格式的日期时间，例如 2025-01-01 00:00:00',
  ],
  [/^must be after StartTime$/, () => '必须晚于生效开始时间'],
  [/^is required when Type is Scheduler$/, () => '触发类型为 Scheduler（周期调度）时必填'],
  [
    /^must be a decimal number of compute units, e\.g\. 0\.25$/,
    () => '必须是计算单元（CU）的小数，例如 0.25',
  ],
  [
    /^must be an output identifier such as project\.output_name$/,
    () => '必须是产出标识，例如 project.output_name',
  ],
  [/^is required: one of (.+)$/, (list) => `必填，可选值：${list}`],
  [/^is required for this variable type$/, () => '此变量类型必须填写名称'],
  [
    /^must be a scheduling parameter such as/,
    () => '必须是调度参数，例如 $bizdate、${yyyymmdd} 或 $[yyyymmdd-1]',
  ],
  [/^must be empty or a reference such as \$\{outputs\}$/, () => '必须为空或引用，例如 ${outputs}'],
  [/^variable name "(.*)" is already used in row (\d+)$/, (k, row) => `变量名 "${k}" 已在第 ${row} 行使用`],
  [/^tag key "(.*)" is already used in row (\d+)$/, (k, row) => `标签键 "${k}" 已在第 ${row} 行使用`],
  [/^output "(.*)" is already used in row (\d+)$/, (k, row) => `产出 "${k}" 已在第 ${row} 行使用`],
  [/^repeats the dependency in row (\d+)$/, (row) => `与第 ${row} 行的依赖重复`],
  [
    /^a Normal dependency names exactly one of UpstreamOutput or UpstreamTaskId$/,
    () => '同周期依赖（Normal）必须且只能填写上游产出或上游任务 ID 之一',
  ],
  [/^is required for CrossCycleDependsOnOtherNode$/, () => '跨周期依赖其他节点时必填'],
  [/^is not used with (\w+)$/, (type) => `${type} 类型不使用此字段`],
  [/^must be (Daily|NotDaily) for this cron/, (v) => `按此 cron 应为 ${v}：由 cron 的分钟和小时字段决定`],
];

/** The message in the reader's language; an unknown message (e.g. from DataWorks itself) stays as it is. */
export function localizeValidationMessage(message: string, locale: Locale): string {
  if (locale !== 'zh-CN') return message;
  const cron = localizeCronMessage(message);
  if (cron !== null) return cron;
  for (const [pattern, translate] of ZH_CN) {
    const match = pattern.exec(message);
    if (match) return translate(...match.slice(1));
  }
  return message;
}
