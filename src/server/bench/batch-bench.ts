import type { BatchOperation } from '#domain/batch/batch-operations';
import { planBatch } from '#domain/batch/plan-batch';
import { chunk } from '#domain/chunk';
import { toTasksJson } from '#domain/task/batch-update-request';
import { generateProject } from '../emulator/demo-project.ts';
import { formatMs, measure, percentile, type Row } from './measure.ts';

// The batch plan for 2,000 selected tasks (the figure: < 500 ms in the browser), beside the direct path:
// the same 2,000 requests built without any rule, diff or callout.

const SIZE = 2_000;
const NOW = new Date('2026-11-25T00:00:00Z');
const SETTINGS = { weekdays: 'spring', timeZone: 'Asia/Shanghai' } as const;

const CASES: [string, BatchOperation[]][] = [
  [
    'move to a serverless group, add a tag',
    [
      {
        kind: 'set',
        path: 'RuntimeResource.ResourceGroupId',
        value: 'Serverless_res_group_524257424564736_6831777003001',
      },
      { kind: 'add-tag', key: 'migrated', value: '2026-11' },
    ],
  ],
  [
    'time of day 02:30, reruns off',
    [
      { kind: 'set-time-of-day', hour: 2, minute: 30 },
      { kind: 'set', path: 'RerunMode', value: 'AllDenied' },
    ],
  ],
  [
    'pause and hand over',
    [
      { kind: 'set-recurrence', recurrence: 'Pause' },
      { kind: 'set', path: 'Owner', value: '207413640512347165' },
    ],
  ],
];

export function benchBatch(): Promise<Row[]> {
  return (async () => {
    const { tasks } = generateProject({ size: SIZE });
    const rows: Row[] = [];
    for (const [name, operations] of CASES) {
      let totals = '';
      const times = await measure(10, () => {
        const result = planBatch({ tasks, operations, now: NOW, settings: SETTINGS, comment: 'bench' });
        if (result.ok)
          totals = `${result.plan.totals.changed} changed, ${result.plan.totals.refused} refused`;
      });
      rows.push({
        figure: `plan of ${SIZE} tasks (${name}), median / p90`,
        value: `${formatMs(percentile(times, 50))} / ${formatMs(percentile(times, 90))} (${totals})`,
        budget: '< 500 ms',
      });
    }
    const direct = await measure(10, () =>
      chunk(
        tasks.map((t) => ({
          Id: t.Id,
          RuntimeResource: { ...t.RuntimeResource, ResourceGroupId: 'Serverless_x' },
        })),
        50,
      ).map((group) => toTasksJson(group)),
    );
    rows.push({
      figure: `direct: ${SIZE} requests built and chunked, no rules, median`,
      value: formatMs(percentile(direct, 50)),
    });
    return rows;
  })();
}
