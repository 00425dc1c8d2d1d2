import { describe, expect, it } from 'vitest';
import type { TaskSummary } from '#domain/task/task';
import { nameQueryOf, outputMatches, pickerOptions } from './picker-options.ts';
import { truncate } from './dependency-graph.tsx';

const task = (Id: string, Name: string) => ({ Id, Name }) as TaskSummary;

describe('nameQueryOf', () => {
  it('searches the name after the project of an output identifier, the text itself otherwise', () => {
    expect(nameQueryOf(' retail_dw.ods_order_di ')).toBe('ods_order_di');
    expect(nameQueryOf('order_di')).toBe('order_di');
    expect(nameQueryOf('')).toBe('');
  });
});

describe('outputMatches', () => {
  it('matches a part of the output, case-insensitive, with or without the project', () => {
    expect(outputMatches('retail_dw.ods_marketing_order_di', 'ORDER_di')).toBe(true);
    expect(outputMatches('retail_dw.ods_marketing_order_di', 'retail_dw.ods_marketing')).toBe(true);
    expect(outputMatches('retail_dw.ods_marketing_order_di', 'other.ods_marketing')).toBe(true);
    expect(outputMatches('retail_dw.700_out', 'order')).toBe(false);
    expect(outputMatches('retail_dw.700_out', '  ')).toBe(false);
  });
});

describe('pickerOptions', () => {
  const tasks = [task('1', 'ods_order_di'), task('2', 'ods_order_hi')];
  const outputs: Record<string, string[]> = {
    '1': ['p.1_out', 'p.ods_order_di'],
    '2': ['p.ods_order_hi', 'p.ods_order_hi'],
  };

  it('lists each task, then each of its outputs as its own option, those matching the text first', () => {
    const options = pickerOptions(tasks, (id) => outputs[id], 'order', true);
    expect(options.map((o) => [o.key, o.row, o.output, o.matches])).toEqual([
      ['1', 0, undefined, undefined],
      ['1>p.ods_order_di', 0, 'p.ods_order_di', true],
      ['1>p.1_out', 0, 'p.1_out', false],
      ['2', 1, undefined, undefined],
      // An output listed twice is one option.
      ['2>p.ods_order_hi', 1, 'p.ods_order_hi', true],
    ]);
  });

  it('lists tasks alone while their outputs load, and for types that take no output', () => {
    expect(pickerOptions(tasks, () => undefined, 'order', true).map((o) => o.key)).toEqual(['1', '2']);
    expect(pickerOptions(tasks, (id) => outputs[id], 'order', false).map((o) => o.key)).toEqual(['1', '2']);
  });
});

describe('truncate (graph nodes)', () => {
  it('cuts a long name in its middle, keeping the suffix that tells tasks apart', () => {
    expect(truncate('dwd_log_click_member_di', 12)).toBe('dwd_lo…er_di');
    expect(truncate('dwd_log_click_member_di', 12)).toHaveLength(12);
    expect(truncate('short', 12)).toBe('short');
  });
});
