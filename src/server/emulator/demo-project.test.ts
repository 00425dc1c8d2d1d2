import { describe, expect, it } from 'vitest';
import { DEMO_SCHEDULES, createDemoProject, generateProject } from './demo-project.ts';

describe('the demo project', () => {
  const { tasks } = createDemoProject();
  const byId = new Map(tasks.map((t) => [t.Id, t]));
  const outputOwner = new Map(
    tasks.flatMap((t) => (t.Outputs?.TaskOutputs ?? []).map((o) => [o.Output, t.Id] as const)),
  );

  it('has at least 60 tasks in the ods, dwd, dws and ads layers', () => {
    expect(tasks.length).toBeGreaterThanOrEqual(60);
    for (const layer of ['ods_', 'dwd_', 'dws_', 'ads_'])
      expect(tasks.some((t) => t.Name.startsWith(layer))).toBe(true);
  });

  it('uses every cycle type', () => {
    const crons = new Set(tasks.map((t) => t.Trigger?.Cron));
    for (const [cycle, expressions] of Object.entries(DEMO_SCHEDULES))
      expect(
        expressions.some((e) => crons.has(e)),
        cycle,
      ).toBe(true);
  });

  it('uses all four dependency types, every variable type, outputs and tags', () => {
    const depTypes = new Set(tasks.flatMap((t) => t.Dependencies ?? []).map((d) => d.Type));
    expect([...depTypes].sort()).toEqual(
      [
        'CrossCycleDependsOnChildren',
        'CrossCycleDependsOnOtherNode',
        'CrossCycleDependsOnSelf',
        'Normal',
      ].sort(),
    );
    const varTypes = new Set(
      tasks
        .flatMap((t) => [...(t.Inputs?.Variables ?? []), ...(t.Outputs?.Variables ?? [])])
        .map((v) => v.Type),
    );
    expect([...varTypes].sort()).toEqual(['Constant', 'NodeOutput', 'PassThrough', 'System']);
    expect(tasks.every((t) => (t.Outputs?.TaskOutputs?.length ?? 0) > 0 && (t.Tags?.length ?? 0) > 0)).toBe(
      true,
    );
  });

  it('has 19-digit task IDs beyond 2^53', () => {
    const big = tasks.filter((t) => t.Id.length === 19);
    expect(big.length).toBeGreaterThan(5);
    expect(big.every((t) => BigInt(t.Id) > BigInt(Number.MAX_SAFE_INTEGER))).toBe(true);
  });

  it('forms a DAG whose dependencies all resolve', () => {
    const upstreamOf = (id: string) =>
      (byId.get(id)?.Dependencies ?? [])
        .filter((d) => d.Type === 'Normal')
        .map((d) => d.UpstreamTaskId ?? outputOwner.get(d.UpstreamOutput ?? ''));
    for (const t of tasks)
      for (const d of t.Dependencies ?? []) {
        if (d.UpstreamTaskId) expect(byId.has(d.UpstreamTaskId)).toBe(true);
        if (d.UpstreamOutput) expect(outputOwner.has(d.UpstreamOutput)).toBe(true);
      }
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (id: string): void => {
      if (state.get(id) === 'done') return;
      expect(state.get(id), `cycle through ${id}`).not.toBe('visiting');
      state.set(id, 'visiting');
      for (const up of upstreamOf(id)) if (up) visit(up);
      state.set(id, 'done');
    };
    tasks.forEach((t) => visit(t.Id));
  });

  it('is the same on every run, and the generator scales to 10,000 unique tasks', () => {
    expect(createDemoProject().tasks).toEqual(tasks);
    const large = generateProject({ size: 10_000 });
    expect(large.tasks).toHaveLength(10_000);
    expect(new Set(large.tasks.map((t) => t.Id)).size).toBe(10_000);
    expect(new Set(large.tasks.map((t) => t.Name)).size).toBe(10_000);
  });
});
