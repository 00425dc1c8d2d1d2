import { describe, expect, it } from 'vitest';
import {
  exploreDownstream,
  findCyclePath,
  findDependencyIssues,
  toDependency,
  type Neighbour,
} from './dependency-guards.ts';
import { findScheduleMismatch } from './schedule-mismatch.ts';
import { DependencySchema } from './update-task-request.ts';

const T = { id: '7002918273648500132', name: 'ods_orders' };

// T <- B <- C (B depends on T, C depends on B); D depends on T across cycles only.
const graph: Record<string, Neighbour[]> = {
  [T.id]: [
    { id: '2', name: 'dwd_orders', dependencyType: 'Normal' },
    { id: '4', name: 'ads_cross', dependencyType: 'CrossCycle' },
  ],
  '2': [{ id: '3', name: 'dws_orders', dependencyType: 'Normal' }],
  '3': [{ id: T.id, name: T.name, dependencyType: 'Normal' }],
  '4': [],
};
const listDownstream = (id: string) => Promise.resolve(graph[id] ?? []);

describe('toDependency', () => {
  const picked = { Id: '1234567890123456789', output: 'retail_dw.dws_trade_order_di' };

  it('maps Normal on an output to UpstreamOutput', () => {
    expect(toDependency('Normal', picked)).toEqual({ Type: 'Normal', UpstreamOutput: picked.output });
  });
  it('maps Normal without an output to UpstreamTaskId', () => {
    expect(toDependency('Normal', { Id: picked.Id })).toEqual({ Type: 'Normal', UpstreamTaskId: picked.Id });
  });
  it('maps CrossCycleDependsOnOtherNode to UpstreamTaskId even when an output was chosen', () => {
    expect(toDependency('CrossCycleDependsOnOtherNode', picked)).toEqual({
      Type: 'CrossCycleDependsOnOtherNode',
      UpstreamTaskId: picked.Id,
    });
  });
  it('maps self and children to the type alone', () => {
    expect(toDependency('CrossCycleDependsOnSelf', picked)).toEqual({ Type: 'CrossCycleDependsOnSelf' });
    expect(toDependency('CrossCycleDependsOnChildren')).toEqual({ Type: 'CrossCycleDependsOnChildren' });
  });
  it('refuses a type that needs an upstream without one', () => {
    expect(() => toDependency('Normal')).toThrow();
  });
  it('gives dependencies the request schema accepts', () => {
    for (const dep of [
      toDependency('Normal', picked),
      toDependency('Normal', { Id: picked.Id }),
      toDependency('CrossCycleDependsOnOtherNode', picked),
      toDependency('CrossCycleDependsOnSelf'),
      toDependency('CrossCycleDependsOnChildren'),
    ])
      expect(DependencySchema.safeParse(dep).success).toBe(true);
  });
});

describe('exploreDownstream and findCyclePath', () => {
  it('follows same-cycle edges breadth-first and gives the loop in data-flow order', async () => {
    const closure = await exploreDownstream(T, listDownstream);
    expect([...closure.parent.keys()].sort()).toEqual(['2', '3']);
    expect(findCyclePath(closure, '3')).toEqual([T.id, '2', '3', T.id]);
    expect(findCyclePath(closure, '4')).toBeUndefined();
    expect(closure.truncated).toBe(false);
  });
  it('stops at its bound and says so', async () => {
    const closure = await exploreDownstream(T, listDownstream, 1);
    expect(closure.parent.size).toBe(1);
    expect(closure.truncated).toBe(true);
  });
});

describe('findDependencyIssues', () => {
  const base = { taskId: T.id, ownOutputs: ['retail_dw.ods_orders'] };

  it('refuses a dependency on the task itself, by ID or by its own output', () => {
    const issues = findDependencyIssues({
      ...base,
      dependencies: [
        { Type: 'Normal', UpstreamTaskId: T.id },
        { Type: 'CrossCycleDependsOnOtherNode', UpstreamTaskId: T.id },
        { Type: 'Normal', UpstreamOutput: 'retail_dw.ods_orders' },
        { Type: 'CrossCycleDependsOnSelf' },
      ],
    });
    expect(issues).toEqual([
      { path: 'Dependencies.0.UpstreamTaskId', kind: 'self' },
      { path: 'Dependencies.1.UpstreamTaskId', kind: 'self' },
      { path: 'Dependencies.2.UpstreamOutput', kind: 'self' },
    ]);
  });

  it('refuses a duplicate, naming the first row', () => {
    const issues = findDependencyIssues({
      ...base,
      dependencies: [
        { Type: 'Normal', UpstreamTaskId: '9' },
        { Type: 'CrossCycleDependsOnChildren' },
        { Type: 'Normal', UpstreamTaskId: '9' },
        { Type: 'CrossCycleDependsOnChildren' },
      ],
    });
    expect(issues).toEqual([
      { path: 'Dependencies.2.Type', kind: 'duplicate', firstRow: 1 },
      { path: 'Dependencies.3.Type', kind: 'duplicate', firstRow: 2 },
    ]);
  });

  it('refuses a new same-cycle dependency on a downstream task, with the path and names', async () => {
    const closure = await exploreDownstream(T, listDownstream);
    const issues = findDependencyIssues({
      ...base,
      closure,
      ownerOfOutput: (o) => (o === 'retail_dw.dws_orders' ? '3' : undefined),
      dependencies: [
        { Type: 'Normal', UpstreamOutput: 'retail_dw.dws_orders' },
        { Type: 'CrossCycleDependsOnOtherNode', UpstreamTaskId: '3' },
        { Type: 'Normal', UpstreamTaskId: '4' },
      ],
    });
    expect(issues).toEqual([
      {
        path: 'Dependencies.0.UpstreamOutput',
        kind: 'cycle',
        cycle: [
          { id: T.id, name: 'ods_orders' },
          { id: '2', name: 'dwd_orders' },
          { id: '3', name: 'dws_orders' },
          { id: T.id, name: 'ods_orders' },
        ],
      },
    ]);
  });

  it('leaves a loop that was already saved to DataWorks alone', async () => {
    const closure = await exploreDownstream(T, listDownstream);
    const dependencies = [{ Type: 'Normal', UpstreamTaskId: '2' }];
    expect(findDependencyIssues({ ...base, closure, dependencies, baseDependencies: dependencies })).toEqual(
      [],
    );
  });
});

describe('findScheduleMismatch', () => {
  const options = {
    settings: { weekdays: 'spring', timeZone: 'Asia/Shanghai' },
    after: new Date('2026-01-05T00:00:00Z'),
  } as const;

  it('warns an hourly task depending on a weekly one: 6 days a week without an upstream run', () => {
    expect(
      findScheduleMismatch({ cron: '00 00 00-23/1 * * ?' }, { cron: '00 00 02 ? * MON' }, options),
    ).toEqual({ frequency: 'hourly', upstreamFrequency: 'weekly', daysWithout: 6, per: 'week' });
  });

  it('warns a daily task depending on a monthly one', () => {
    const mismatch = findScheduleMismatch({ cron: '00 30 03 * * ?' }, { cron: '00 00 01 1 * ?' }, options);
    expect(mismatch).toMatchObject({ frequency: 'daily', upstreamFrequency: 'monthly', per: 'month' });
    expect(mismatch?.daysWithout).toBeGreaterThanOrEqual(29);
  });

  it('is quiet when the upstream runs every day this task does, or when either is manual', () => {
    expect(findScheduleMismatch({ cron: '00 00 00-23/1 * * ?' }, { cron: '00 00 01 * * ?' }, options)).toBe(
      undefined,
    );
    expect(
      findScheduleMismatch({ cron: '00 00 02 ? * MON' }, { cron: '00 00 01 * * ?' }, options),
    ).toBeUndefined();
    expect(
      findScheduleMismatch(
        { cron: '00 00 02 * * ?' },
        { cron: '00 00 02 ? * MON', triggerType: 'Manual' },
        options,
      ),
    ).toBeUndefined();
  });
});
