import { describe, expect, it } from 'vitest';
import { BATCH_PATHS, fromBatchTask, toBatchTask, toTasksJson } from './batch-update-request.ts';

describe('BatchUpdateTasks request', () => {
  it("carries exactly the fields of the SDK's BatchUpdateTasksRequestTasks (dataworks-public-20240518 9.2.0)", () => {
    // src/models/BatchUpdateTasksRequestTasks{,Trigger,RuntimeResource,DataSource,Tags}.ts, names() of each.
    expect([...BATCH_PATHS].sort()).toEqual(
      [
        'Id',
        'EnvType',
        'Name',
        'Description',
        'Owner',
        'Timeout',
        'RerunMode',
        'RerunTimes',
        'RerunInterval',
        'Trigger.Type',
        'Trigger.Recurrence',
        'Trigger.Cron',
        'Trigger.StartTime',
        'Trigger.EndTime',
        'RuntimeResource.ResourceGroupId',
        'RuntimeResource.Image',
        'RuntimeResource.Cu',
        'DataSource.Name',
        'Tags',
      ].sort(),
    );
  });

  it('turns an UpdateTask request into a batch element and back: RerunInterval in seconds, CycleType and script left', () => {
    const update = {
      Id: '7002918273648500132',
      RerunInterval: 90_000,
      Trigger: { Type: 'Scheduler' as const, Cron: '00 30 02 * * ?', CycleType: 'Daily' as const },
      Script: { Content: 'select 1' },
      Owner: '1000',
    };
    const batch = toBatchTask(update);
    expect(batch).toEqual({
      Id: '7002918273648500132',
      RerunInterval: 90,
      Trigger: { Type: 'Scheduler', Cron: '00 30 02 * * ?' },
      Owner: '1000',
    });
    expect(fromBatchTask(batch)).toEqual({ ...batch, RerunInterval: 90_000 });
    expect(toTasksJson([batch, { Id: '12' }])).toBe(
      '[{"Id":7002918273648500132,"RerunInterval":90,"Trigger":{"Type":"Scheduler","Cron":"00 30 02 * * ?"},"Owner":"1000"},{"Id":12}]',
    );
  });
});
