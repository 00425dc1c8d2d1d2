import OpenApi, { $OpenApiUtil } from '@alicloud/openapi-core';
import { RuntimeOptions } from '@darabonba/typescript';
import { describe, expect, it } from 'vitest';
import type { BatchTaskInput } from '#domain/task/batch-update-request';
import { GetTaskResponseSchema } from '#domain/task/task';
import { createEmulatorTestKit } from './emulator-test-kit.ts';
import { DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET, startEmulator } from './start-emulator.ts';

// BatchUpdateTasks in the emulator, signed requests through the proxy's client (the SDK's wire form), and the
// official client over real HTTP.

const BIG_ID = '7002918273648500132';
const IDS = ['700004500000', '700004500037', '700004500074', BIG_ID];

type Kit = ReturnType<typeof createEmulatorTestKit>;

async function batch(kit: Kit, tasks: BatchTaskInput[], comment?: string) {
  return kit.client.send('BatchUpdateTasks', {
    ...(comment !== undefined && { Comment: comment }),
    Tasks: tasks,
  } as never);
}

async function getTask(kit: Kit, id: string) {
  const reply = await kit.client.send('GetTask', { Id: id });
  expect(reply.status).toBe(200);
  return GetTaskResponseSchema.parse(reply.body).Task;
}

const versions = (kit: Kit, id: string) => kit.store.versions(id).length;

describe('BatchUpdateTasks', () => {
  it('applies each task like UpdateTask: one new version, ModifyTime and ModifyUser each, keys per task', async () => {
    const now = new Date('2026-11-25T08:00:00Z');
    const kit = createEmulatorTestKit({ now: () => now });
    const before = await getTask(kit, IDS[1]!);
    const reply = await batch(
      kit,
      [
        { Id: IDS[0]!, Owner: '207413640512347165', RuntimeResource: { ResourceGroupId: 'S_res_group_1' } },
        {
          Id: IDS[1]!,
          RerunMode: 'FailureAllowed',
          RerunTimes: 2,
          RerunInterval: 90,
          Trigger: { Cron: '00 30 02 * * ?' },
        },
        { Id: BIG_ID, Tags: [{ Key: 'team', Value: 'retail' }], Timeout: 7200 },
      ],
      'hand over to 张伟',
    );
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      RequestId: expect.any(String) as unknown,
      SuccessInfo: {
        [IDS[0]!]: { Success: true },
        [IDS[1]!]: { Success: true },
        [BIG_ID]: { Success: true },
      },
    });
    expect(Object.keys(reply.body)).not.toContain('Success');
    expect(await getTask(kit, IDS[0]!)).toMatchObject({
      Owner: '207413640512347165',
      RuntimeResource: { ResourceGroupId: 'S_res_group_1' },
      ModifyTime: now.getTime(),
      ModifyUser: '1107550004253538',
    });
    const second = await getTask(kit, IDS[1]!);
    // RerunInterval travels in seconds in a batch and is read back in seconds; Trigger merges member by member.
    expect(second).toMatchObject({ RerunMode: 'FailureAllowed', RerunTimes: 2, RerunInterval: 90 });
    expect(second.Trigger).toEqual({ ...before.Trigger, Cron: '00 30 02 * * ?' });
    expect(second.Description).toBe(before.Description);
    expect((await getTask(kit, BIG_ID)).Tags).toEqual([{ Key: 'team', Value: 'retail' }]);
    expect([
      versions(kit, IDS[0]!),
      versions(kit, IDS[1]!),
      versions(kit, BIG_ID),
      versions(kit, IDS[2]!),
    ]).toEqual([1, 1, 1, 0]);
  });

  it("fails one task without stopping the others, with the task's own message", async () => {
    const kit = createEmulatorTestKit();
    const reply = await batch(kit, [
      { Id: IDS[0]!, Description: 'kept' },
      { Id: IDS[1]!, Trigger: { Cron: '00 00 25 * * ?' } },
      { Id: '424242', Description: 'nobody' },
      { Id: IDS[2]!, RerunInterval: 1801 },
      { Id: BIG_ID, Script: { Content: 'select 1' } },
    ]);
    expect(reply.status).toBe(200);
    const info = reply.body.SuccessInfo as Record<string, { Success: boolean; Message?: string }>;
    expect(info[IDS[0]!]).toEqual({ Success: true });
    expect(info[IDS[1]!]).toMatchObject({
      Success: false,
      Message: expect.stringMatching(/^Invalid parameter Trigger\.Cron: /) as unknown,
    });
    expect(info['424242']).toEqual({ Success: false, Message: 'The task does not exist.' });
    expect(info[IDS[2]!]!.Message).toMatch(/Invalid parameter RerunInterval: must not exceed 1800 seconds/);
    expect(info[BIG_ID]!.Message).toMatch(
      /Invalid parameter Script\.Content: is not a parameter BatchUpdateTasks can carry/,
    );
    expect((await getTask(kit, IDS[0]!)).Description).toBe('kept');
    expect(IDS.map((id) => versions(kit, id))).toEqual([1, 0, 0, 0]);
  });

  it('refuses a call over the maximum with 400 InvalidParameter and changes nothing', async () => {
    const kit = createEmulatorTestKit({ maxTasksPerBatch: 3 });
    const reply = await batch(
      kit,
      IDS.map((Id) => ({ Id, Description: 'too many' })),
    );
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({
      Code: 'InvalidParameter',
      Message: 'Invalid parameter Tasks: must hold at most 3 tasks in one call (got 4)',
    });
    expect(IDS.map((id) => versions(kit, id))).toEqual([0, 0, 0, 0]);
    expect(
      (
        await batch(
          kit,
          IDS.slice(0, 3).map((Id) => ({ Id, Description: 'three' })),
        )
      ).status,
    ).toBe(200);
  });

  it('holds at most 100 tasks a call by default', async () => {
    const kit = createEmulatorTestKit();
    const tasks = Array.from({ length: 101 }, (_, i) => ({ Id: IDS[0]!, Description: String(i) }));
    expect((await batch(kit, tasks)).body.Message).toBe(
      'Invalid parameter Tasks: must hold at most 100 tasks in one call (got 101)',
    );
  });

  it('refuses a malformed call as a whole: no Tasks, not JSON, no array, no ID, a task twice, an unknown parameter', async () => {
    const kit = createEmulatorTestKit();
    const send = (request: Record<string, unknown>) => kit.client.send('BatchUpdateTasks', request as never);
    const cases: [Record<string, unknown>, string][] = [
      [{ Comment: 'nothing' }, 'Invalid parameter Tasks: is required'],
      [{ Tasks: '[{"Id":1' }, 'Invalid parameter Tasks: is not valid JSON text'],
      [{ Tasks: '{"Id":700004500000}' }, 'Invalid parameter Tasks: is not a JSON array of tasks'],
      [{ Tasks: [] }, 'Invalid parameter Tasks: must hold at least one task'],
      [{ Tasks: [{ Id: IDS[0] }, { Name: 'x' }] }, 'Invalid parameter Tasks.1.Id: is required'],
      [
        { Tasks: [{ Id: IDS[0], Name: 'a' }, { Id: IDS[1] }, { Id: IDS[0], Name: 'b' }] },
        `Invalid parameter Tasks.2.Id: repeats task ${IDS[0]} of row 1: a call updates a task once`,
      ],
      [
        { Tasks: [{ Id: IDS[0] }], ProjectEnv: 'Prod' },
        'Invalid parameter ProjectEnv: is not a parameter of BatchUpdateTasks',
      ],
      [
        { Tasks: [{ Id: IDS[0] }], Comment: 'a\u0007b' },
        expect.stringMatching(/^Invalid parameter Comment: must not contain control characters/) as never,
      ],
    ];
    for (const [request, message] of cases) {
      const reply = await send(request);
      expect(reply.status, JSON.stringify(request)).toBe(400);
      expect(reply.body).toMatchObject({ Code: 'InvalidParameter', Message: message });
    }
    expect(IDS.map((id) => versions(kit, id))).toEqual([0, 0, 0, 0]);
  });

  it('fails the chosen tasks inside a call when told to, the others applied, for as many calls as counted', async () => {
    const kit = createEmulatorTestKit();
    kit.emulator.faults.configure({
      tasks: [{ kind: 'fail', taskIds: [IDS[1]!, BIG_ID], message: 'Injected: the task is locked.' }],
    });
    const tasks = IDS.map((Id) => ({ Id, Description: 'batch one' }));
    const first = await batch(kit, tasks);
    expect(first.body.SuccessInfo).toEqual({
      [IDS[0]!]: { Success: true },
      [IDS[1]!]: { Success: false, Message: 'Injected: the task is locked.' },
      [IDS[2]!]: { Success: true },
      [BIG_ID]: { Success: false, Message: 'Injected: the task is locked.' },
    });
    expect(IDS.map((id) => versions(kit, id))).toEqual([1, 0, 1, 0]);
    // The fault is used up: resuming only the two failed tasks applies them, and no task gets a second version.
    const resumed = await batch(kit, [tasks[1]!, tasks[3]!]);
    expect(resumed.body.SuccessInfo).toEqual({ [IDS[1]!]: { Success: true }, [BIG_ID]: { Success: true } });
    expect(IDS.map((id) => versions(kit, id))).toEqual([1, 1, 1, 1]);
  });

  it('leaves chosen keys out of SuccessInfo, having applied the change or not', async () => {
    const kit = createEmulatorTestKit();
    kit.emulator.faults.configure({
      tasks: [
        { kind: 'omit', taskIds: [IDS[0]!], applied: true },
        { kind: 'omit', taskIds: [IDS[1]!], applied: false },
      ],
    });
    const reply = await batch(
      kit,
      IDS.slice(0, 3).map((Id) => ({ Id, Description: 'unknown outcome' })),
    );
    expect(reply.status).toBe(200);
    expect(reply.body.SuccessInfo).toEqual({ [IDS[2]!]: { Success: true } });
    expect((await getTask(kit, IDS[0]!)).Description).toBe('unknown outcome');
    expect((await getTask(kit, IDS[1]!)).Description).not.toBe('unknown outcome');
    expect(IDS.slice(0, 3).map((id) => versions(kit, id))).toEqual([1, 0, 1]);
  });

  it('is throttled like any call: 429 Throttling.User, and nothing of the throttled call is applied', async () => {
    const now = new Date();
    const kit = createEmulatorTestKit({ now: () => now, maxRequestsPerSecond: 1 });
    expect((await batch(kit, [{ Id: IDS[0]!, Description: 'first' }])).status).toBe(200);
    const throttled = await batch(kit, [{ Id: IDS[1]!, Description: 'second' }]);
    expect(throttled).toMatchObject({ status: 429, body: { Code: 'Throttling.User' } });
    expect([versions(kit, IDS[0]!), versions(kit, IDS[1]!)]).toEqual([1, 0]);
  });
});

describe('BatchUpdateTasks over HTTP', () => {
  it("answers Alibaba Cloud's official client with the SDK's form body, and takes task faults from the admin endpoint", async () => {
    const emulator = await startEmulator({ port: 0, dataDir: ':memory:' });
    try {
      const client = new OpenApi(
        new $OpenApiUtil.Config({
          accessKeyId: DEMO_ACCESS_KEY_ID,
          accessKeySecret: DEMO_ACCESS_KEY_SECRET,
          endpoint: emulator.url.host,
          protocol: 'HTTP',
          regionId: 'cn-hangzhou',
        }),
      );
      // As batchUpdateTasksWithOptions does: Comment and Tasks (JSON text) in a form body.
      const params = new $OpenApiUtil.Params({
        action: 'BatchUpdateTasks',
        version: '2024-05-18',
        protocol: 'HTTPS',
        pathname: '/',
        method: 'POST',
        authType: 'AK',
        style: 'RPC',
        reqBodyType: 'formData',
        bodyType: 'json',
      });
      const fault = await fetch(new URL('/__admin/faults', emulator.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ tasks: [{ kind: 'fail', taskIds: ['700004500037'] }] }),
      });
      expect(fault.status).toBe(200);
      const response = (await client.callApi(
        params,
        new $OpenApiUtil.OpenApiRequest({
          body: {
            Comment: 'move to serverless',
            Tasks: `[{"Id":${BIG_ID},"RuntimeResource":{"ResourceGroupId":"Serverless_res_group_1"}},{"Id":700004500037,"Owner":"1000"}]`,
          },
        }),
        new RuntimeOptions({}),
      )) as { statusCode: number; body: Record<string, unknown> };
      expect(response.statusCode).toBe(200);
      expect(response.body.SuccessInfo).toEqual({
        [BIG_ID]: { Success: true },
        '700004500037': { Success: false, Message: 'Injected fault.' },
      });
    } finally {
      await emulator.close();
    }
  });
});
