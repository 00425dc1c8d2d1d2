import { describe, expect, it } from 'vitest';
import { isInLateWindow, riskCallouts } from './risk-callouts.ts';
import type { TaskForm } from './task-form.ts';

// 2026-11-20 10:00 in Asia/Shanghai.
const NOW = new Date('2026-11-20T02:00:00Z');
const SHANGHAI = { weekdays: 'spring', timeZone: 'Asia/Shanghai' } as const;
const base: TaskForm = {
  Id: '1',
  Owner: '1001',
  InstanceMode: 'T+1',
  RerunMode: 'FailureAllowed',
  Trigger: { Type: 'Scheduler', Cron: '00 00 02 ? * MON,WED' },
  Dependencies: [{ Type: 'Normal', UpstreamOutput: 'p.up' }, { Type: 'CrossCycleDependsOnSelf' }],
};

describe('riskCallouts', () => {
  it('says nothing for an edit without risk', () => {
    expect(riskCallouts(base, { ...base, Name: 'x' }, NOW, SHANGHAI)).toEqual([]);
  });
  it('names a removed dependency', () => {
    expect(riskCallouts(base, { ...base, Dependencies: [base.Dependencies![1]!] }, NOW, SHANGHAI)).toEqual([
      { kind: 'dependency-removed', upstreams: ['Normal p.up'] },
    ]);
  });
  it('warns when reruns are disabled', () => {
    expect(riskCallouts(base, { ...base, RerunMode: 'AllDenied' }, NOW, SHANGHAI)).toEqual([
      { kind: 'reruns-disabled', before: 'FailureAllowed' },
    ]);
  });
  it('explains Immediately, with the 10-minute buffer and the late window', () => {
    expect(riskCallouts(base, { ...base, InstanceMode: 'Immediately' }, NOW, SHANGHAI)).toEqual([
      {
        kind: 'instance-mode-immediately',
        lateWindow: false,
        firstSlotAfter: new Date('2026-11-20T02:10:00Z'),
      },
    ]);
    expect(isInLateWindow(new Date('2026-11-20T15:45:00Z'), 'Asia/Shanghai')).toBe(true); // 23:45 there
    expect(isInLateWindow(new Date('2026-11-20T15:29:00Z'), 'Asia/Shanghai')).toBe(false);
    expect(isInLateWindow(new Date('2026-11-20T15:29:00Z'), 'Asia/Tokyo')).toBe(false); // 00:29 there
    expect(isInLateWindow(new Date('2026-11-20T14:45:00Z'), 'Asia/Tokyo')).toBe(true);
  });
  it('notices a weekly schedule moved to other days', () => {
    const edited = { ...base, Trigger: { ...base.Trigger, Cron: '00 00 02 ? * TUE,THU' } };
    expect(riskCallouts(base, edited, NOW, SHANGHAI)).toEqual([
      { kind: 'weekday-shift', before: ['MON', 'WED'], after: ['TUE', 'THU'] },
    ]);
  });
  it('notices a schedule firing much more often', () => {
    const edited = { ...base, Trigger: { ...base.Trigger, Cron: '00 00 */1 * * ?' } };
    const callouts = riskCallouts(base, edited, NOW, SHANGHAI);
    expect(callouts).toEqual([{ kind: 'more-frequent', beforePerWeek: 2, afterPerWeek: 168 }]);
  });
  it('names the days a daily schedule narrowed to weekdays drops (not a shift)', () => {
    const daily = { ...base, Trigger: { ...base.Trigger, Cron: '00 00 02 * * ?' } };
    const weekdays = { ...base, Trigger: { ...base.Trigger, Cron: '00 00 02 ? * MON-FRI' } };
    expect(riskCallouts(daily, weekdays, NOW, SHANGHAI)).toEqual([
      { kind: 'weekdays-dropped', dropped: ['SUN', 'SAT'], kept: ['MON', 'TUE', 'WED', 'THU', 'FRI'] },
    ]);
    // Widening drops nothing.
    expect(riskCallouts(weekdays, daily, NOW, SHANGHAI)).toEqual([]);
  });
  it('names a weekly schedule losing one of its days', () => {
    const monday = { ...base, Trigger: { ...base.Trigger, Cron: '00 00 02 ? * MON' } };
    expect(riskCallouts(base, monday, NOW, SHANGHAI)).toEqual([
      { kind: 'weekdays-dropped', dropped: ['WED'], kept: ['MON'] },
    ]);
  });
  it('explains Immediately only when the save changes the instances, not for a description', () => {
    const immediate: TaskForm = { ...base, InstanceMode: 'Immediately' };
    expect(riskCallouts(immediate, { ...immediate, Description: 'typo fixed' }, NOW, SHANGHAI)).toEqual([]);
    expect(
      riskCallouts(immediate, { ...immediate, Tags: [{ Key: 'team', Value: 'bi' }] }, NOW, SHANGHAI),
    ).toEqual([]);
    const cu = { ...immediate, RuntimeResource: { Cu: '0.5' } };
    expect(riskCallouts(immediate, cu, NOW, SHANGHAI)).toEqual([]);
    for (const edited of [
      { ...immediate, RerunTimes: 5 },
      { ...immediate, Timeout: 7200 },
      { ...immediate, Script: { Parameters: 'bizdate=$bizdate' } },
      { ...immediate, Trigger: { ...base.Trigger, StartTime: '2027-01-01 00:00:00' } },
    ])
      expect(riskCallouts(immediate, edited, NOW, SHANGHAI).map((c) => c.kind)).toEqual([
        'instance-mode-immediately',
      ]);
  });
  it('compares only runs inside the effective window', () => {
    const edited = { ...base, Trigger: { ...base.Trigger, Cron: '00 00 02 ? * TUE,THU' } };
    const ended = { ...edited, Trigger: { ...edited.Trigger, EndTime: '2026-01-01 00:00:00' } };
    expect(riskCallouts(base, ended, NOW, SHANGHAI)).toEqual([]);
  });
  it('names a new owner', () => {
    expect(riskCallouts(base, { ...base, Owner: '2002' }, NOW, SHANGHAI)).toEqual([
      { kind: 'owner-changed', before: '1001', after: '2002' },
    ]);
  });
});
