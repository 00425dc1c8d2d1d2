import { describe, expect, it } from 'vitest';
import { normalizeText, queryWords, scheduleKindOf, searchTasks, type IndexedTask } from './task-search.ts';

const task = (Id: string, Name: string, extra: Partial<IndexedTask> = {}): IndexedTask => ({
  Id,
  Name,
  Trigger: { Type: 'Scheduler', Cron: '00 30 02 * * ?', Recurrence: 'Normal' },
  ModifyTime: Number(Id.slice(-4)),
  ...extra,
});

const TASKS = [
  task('700004500001', 'ods_marketing_order_di', {
    Description: 'ODS layer: 营销订单 daily load',
    Owner: '1',
  }),
  task('700004500002', 'ods_marketing_click_hi', {
    Owner: '2',
    Type: 'EMR_HIVE',
    Trigger: { Type: 'Scheduler', Cron: '00 00 00-23/1 * * ?', Recurrence: 'Pause' },
    Tags: [{ Key: 'layer', Value: 'ods' }],
  }),
  task('700004500003', 'dwd_trade_order_di', { Owner: '1', Trigger: { Type: 'Manual' } }),
  task('7002918273645500123', 'ads_finance_report', { Owner: '3', Tags: [{ Key: 'sla', Value: 'P1' }] }),
];
const names = (found: IndexedTask[]) => found.map((t) => t.Name);

describe('task search', () => {
  it('finds ods_marketing_order_di by every way the issue lists', () => {
    for (const text of ['ods orders', 'ods_order', 'orders', 'ODS-Marketing order', '营销订单', 'daily load'])
      expect(names(searchTasks(TASKS, { text })), text).toContain('ods_marketing_order_di');
    expect(names(searchTasks(TASKS, { text: '700004500001' }))).toEqual(['ods_marketing_order_di']);
    expect(names(searchTasks(TASKS, { text: '7002918273645500123' }))).toEqual(['ads_finance_report']);
  });

  it('needs every word', () => {
    expect(names(searchTasks(TASKS, { text: 'ods order' }))).toEqual(['ods_marketing_order_di']);
    expect(searchTasks(TASKS, { text: 'ods payment' })).toEqual([]);
  });

  it('filters by owner, type, schedule kind, recurrence and tag', () => {
    expect(names(searchTasks(TASKS, { owner: '1', sort: 'name' }))).toEqual([
      'dwd_trade_order_di',
      'ods_marketing_order_di',
    ]);
    expect(names(searchTasks(TASKS, { type: 'EMR_HIVE' }))).toEqual(['ods_marketing_click_hi']);
    expect(names(searchTasks(TASKS, { schedule: 'hourly' }))).toEqual(['ods_marketing_click_hi']);
    expect(names(searchTasks(TASKS, { schedule: 'manual' }))).toEqual(['dwd_trade_order_di']);
    expect(names(searchTasks(TASKS, { recurrence: 'Pause' }))).toEqual(['ods_marketing_click_hi']);
    expect(names(searchTasks(TASKS, { tag: 'layer' }))).toEqual(['ods_marketing_click_hi']);
    expect(names(searchTasks(TASKS, { tag: 'sla=P1' }))).toEqual(['ads_finance_report']);
    expect(searchTasks(TASKS, { tag: 'sla=P2' })).toEqual([]);
  });

  it('sorts by modified time (newest first), name, or owner name', () => {
    expect(names(searchTasks(TASKS, {}))[0]).toBe('ads_finance_report');
    expect(names(searchTasks(TASKS, { sort: 'name' }))).toEqual([
      'ads_finance_report',
      'dwd_trade_order_di',
      'ods_marketing_click_hi',
      'ods_marketing_order_di',
    ]);
    const ownerNames: Record<string, string> = { '1': 'Zed', '2': 'Amy', '3': 'Mia' };
    expect(names(searchTasks(TASKS, { sort: 'owner' }, (id) => ownerNames[id]))).toEqual([
      'ods_marketing_click_hi',
      'ads_finance_report',
      'dwd_trade_order_di',
      'ods_marketing_order_di',
    ]);
  });

  it('normalizes separators and case, and tolerates a plural s', () => {
    expect(normalizeText('ODS__Marketing-order  di')).toBe('ods marketing order di');
    expect(queryWords('Orders ods')).toEqual([['orders', 'order'], ['ods']]);
    expect(scheduleKindOf({ Trigger: { Cron: '00 */5 00-23 * * ?' } })).toBe('minute');
    expect(scheduleKindOf({ Trigger: { Cron: '00 00 03 ? * MON' } })).toBe('weekly');
    expect(scheduleKindOf({ Trigger: { Cron: '00 00 04 L * ?' } })).toBe('monthly');
    expect(scheduleKindOf({ Trigger: { Cron: '00 00 06 1 1 ?' } })).toBe('yearly');
  });
});
