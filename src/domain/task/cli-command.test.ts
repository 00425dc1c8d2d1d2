import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { quotePosix, toAliyunCliCommand } from './cli-command.ts';

/** What a POSIX shell makes of the words: each argument on its own line, NUL-separated. */
function shellWords(command: string): string[] {
  const out = spawnSync('sh', ['-c', `printf '%s\\0' ${command}`], { encoding: 'utf8' });
  expect(out.status).toBe(0);
  return out.stdout.split('\0').slice(0, -1);
}

const NASTY = [
  "it's",
  'two\nlines',
  '$HOME ${x} $(whoami)',
  '`date`',
  '"double"',
  "''",
  '\\n backslash',
  '财务发货 * ? [a]',
  '',
  '; rm -rf / #',
  "'\\''",
];

describe('quotePosix', () => {
  it('leaves harmless words bare', () => {
    expect(quotePosix('cn-shanghai')).toBe('cn-shanghai');
    expect(quotePosix('7002918273648500132')).toBe('7002918273648500132');
  });
  it('single-quotes anything else and writes a quote as quote-backslash-quote-quote', () => {
    expect(quotePosix("it's")).toBe(`'it'\\''s'`);
    expect(quotePosix('')).toBe(`''`);
  });
  it.each(NASTY)('survives a POSIX shell unchanged: %j', (value) => {
    expect(shellWords(quotePosix(value))).toEqual([value]);
  });
});

describe('toAliyunCliCommand', () => {
  it('passes scalars as words and nested parameters as JSON text', () => {
    const command = toAliyunCliCommand(
      {
        Id: '7002918273648500132',
        Name: "ods_'x'",
        Timeout: 7200,
        Trigger: { Cron: '00 00 01 * * ?', CycleType: 'Daily' },
        Script: { Content: "SELECT '$bizdate';\n-- 财务 `x`" },
      },
      { region: 'cn-shanghai' },
    );
    expect(
      command.startsWith(
        'aliyun dataworks-public UpdateTask --region cn-shanghai --version 2024-05-18 --Id 7002918273648500132 ',
      ),
    ).toBe(true);
    const words = shellWords(command);
    expect(words.slice(0, 7)).toEqual([
      'aliyun',
      'dataworks-public',
      'UpdateTask',
      '--region',
      'cn-shanghai',
      '--version',
      '2024-05-18',
    ]);
    const args = Object.fromEntries(
      words.slice(7).reduce<[string, string][]>((pairs, w, i, all) => {
        if (i % 2 === 0) pairs.push([w.slice(2), all[i + 1]!]);
        return pairs;
      }, []),
    );
    expect(args).toEqual({
      Id: '7002918273648500132',
      Name: "ods_'x'",
      Timeout: '7200',
      Trigger: '{"Cron":"00 00 01 * * ?","CycleType":"Daily"}',
      Script: JSON.stringify({ Content: "SELECT '$bizdate';\n-- 财务 `x`" }),
    });
  });
});
