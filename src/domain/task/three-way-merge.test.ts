import { describe, expect, it } from 'vitest';
import type { TaskForm } from './task-form.ts';
import { applyMerge, mergeThreeWay } from './three-way-merge.ts';

const base: TaskForm = {
  Id: '1',
  Name: 'a',
  Description: 'd',
  Timeout: 3600,
  Trigger: { Type: 'Scheduler', Cron: '00 00 01 * * ?' },
  Tags: [
    { Key: 'layer', Value: 'ods' },
    { Key: 'team', Value: 'x' },
  ],
};

describe('mergeThreeWay', () => {
  it('keeps yours where only you changed, takes theirs where only they did', () => {
    const theirs = { ...base, Description: 'theirs' };
    const yours = { ...base, Name: 'mine' };
    expect(mergeThreeWay(base, theirs, yours)).toEqual({
      decided: [
        { id: 'Name', section: 'general', from: 'yours' },
        { id: 'Description', section: 'general', from: 'theirs' },
      ],
      conflicts: [],
    });
    expect(applyMerge(base, theirs, yours)).toEqual({ ...base, Name: 'mine', Description: 'theirs' });
  });

  it('accepts both sides making the same change', () => {
    const both = { ...base, Timeout: 7200 };
    expect(mergeThreeWay(base, both, both).conflicts).toEqual([]);
    expect(applyMerge(base, both, both).Timeout).toBe(7200);
  });

  it('reports different changes to one field as a conflict, resolved by choice', () => {
    const theirs = { ...base, Trigger: { ...base.Trigger, Cron: '00 00 02 * * ?' } };
    const yours = { ...base, Trigger: { ...base.Trigger, Cron: '00 00 03 * * ?' } };
    const { conflicts } = mergeThreeWay(base, theirs, yours);
    expect(conflicts).toEqual([
      {
        id: 'Trigger.Cron',
        section: 'trigger',
        base: '00 00 01 * * ?',
        theirs: '00 00 02 * * ?',
        yours: '00 00 03 * * ?',
      },
    ]);
    expect(applyMerge(base, theirs, yours).Trigger?.Cron).toBe('00 00 02 * * ?');
    expect(applyMerge(base, theirs, yours, { 'Trigger.Cron': 'yours' }).Trigger?.Cron).toBe('00 00 03 * * ?');
  });

  it('merges list entries by key: different additions both land, in order', () => {
    const theirs = { ...base, Tags: [...base.Tags!, { Key: 'sla', Value: 'P1' }] };
    const yours = { ...base, Tags: [{ Key: 'env', Value: 'prod' }, ...base.Tags!] };
    expect(mergeThreeWay(base, theirs, yours).conflicts).toEqual([]);
    expect(applyMerge(base, theirs, yours).Tags).toEqual([
      { Key: 'env', Value: 'prod' },
      { Key: 'layer', Value: 'ods' },
      { Key: 'team', Value: 'x' },
      { Key: 'sla', Value: 'P1' },
    ]);
  });

  it('a removal by you and an edit by them of one entry conflict', () => {
    const theirs = { ...base, Tags: [base.Tags![0]!, { Key: 'team', Value: 'y' }] };
    const yours = { ...base, Tags: [base.Tags![0]!] };
    const { conflicts } = mergeThreeWay(base, theirs, yours);
    expect(conflicts).toEqual([
      {
        id: 'Tags[team]',
        section: 'tags',
        base: { Key: 'team', Value: 'x' },
        theirs: { Key: 'team', Value: 'y' },
        yours: undefined,
      },
    ]);
    expect(applyMerge(base, theirs, yours, { 'Tags[team]': 'yours' }).Tags).toEqual([base.Tags![0]]);
    expect(applyMerge(base, theirs, yours, { 'Tags[team]': 'theirs' }).Tags).toEqual(theirs.Tags);
  });

  it('carries your removal over when they did not touch the entry', () => {
    const theirs = { ...base, Name: 'theirs' };
    const yours = { ...base, Tags: [base.Tags![1]!] };
    expect(applyMerge(base, theirs, yours)).toEqual({ ...base, Name: 'theirs', Tags: [base.Tags![1]] });
  });
});
