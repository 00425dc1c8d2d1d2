import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenApi, { $OpenApiUtil } from '@alicloud/openapi-core';
import { RuntimeOptions } from '@darabonba/typescript';
import { describe, expect, it } from 'vitest';
import type { ActionRequest } from '#domain/task/dataworks-actions';
import { GetTaskResponseSchema, ListTasksResponseSchema, UpdateTaskResponseSchema } from '#domain/task/task';
import type { DataWorksReply } from '../dataworks/dataworks-client.ts';
import { formatAcsDate, signRequest } from '../dataworks/sign-request.ts';
import { DEMO_PROJECT_ID } from './demo-project.ts';
import { createEmulatorTestKit } from './emulator-test-kit.ts';
import { DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET, startEmulator } from './start-emulator.ts';

const BIG_ID = '7002918273648500132';

/** DataWorks' body of a reply that must have succeeded. */
async function ok(reply: Promise<DataWorksReply>): Promise<Record<string, unknown>> {
  const { status, body } = await reply;
  expect(status, JSON.stringify(body)).toBe(200);
  return body;
}

function signedGet(
  kit: ReturnType<typeof createEmulatorTestKit>,
  overrides: { secret?: string; keyId?: string; date?: Date; nonce?: string } = {},
) {
  const headers = signRequest(
    {
      method: 'GET',
      host: '127.0.0.1:8790',
      action: 'GetTask',
      version: '2024-05-18',
      query: { Id: BIG_ID },
      body: '',
      date: formatAcsDate(overrides.date ?? new Date()),
      nonce: overrides.nonce ?? crypto.randomUUID(),
    },
    {
      accessKeyId: overrides.keyId ?? DEMO_ACCESS_KEY_ID,
      accessKeySecret: overrides.secret ?? DEMO_ACCESS_KEY_SECRET,
    },
  );
  return kit.emulator.app.request(`http://127.0.0.1:8790/?Id=${BIG_ID}`, { headers });
}

describe('signature checks', () => {
  it('answers a correctly signed request', async () => {
    const kit = createEmulatorTestKit();
    const response = await signedGet(kit);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(`"Id":${BIG_ID},`);
  });

  it('refuses a wrong signature with 400 SignatureDoesNotMatch', async () => {
    const response = await signedGet(createEmulatorTestKit(), { secret: 'not-the-secret' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      Code: 'SignatureDoesNotMatch',
      HostId: 'dataworks.emulator.local',
    });
  });

  it('refuses a tampered query, since the query is signed', async () => {
    const kit = createEmulatorTestKit();
    const headers = signRequest(
      {
        method: 'GET',
        host: 'h',
        action: 'GetTask',
        version: '2024-05-18',
        query: { Id: '1' },
        body: '',
        date: formatAcsDate(new Date()),
        nonce: 'n1',
      },
      { accessKeyId: DEMO_ACCESS_KEY_ID, accessKeySecret: DEMO_ACCESS_KEY_SECRET },
    );
    const response = await kit.emulator.app.request(`http://h/?Id=${BIG_ID}`, { headers });
    expect(await response.json()).toMatchObject({ Code: 'SignatureDoesNotMatch' });
  });

  it('refuses a stale x-acs-date with InvalidTimeStamp.Expired', async () => {
    const response = await signedGet(createEmulatorTestKit(), { date: new Date(Date.now() - 16 * 60_000) });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ Code: 'InvalidTimeStamp.Expired' });
  });

  it('refuses a replayed nonce with SignatureNonceUsed', async () => {
    const kit = createEmulatorTestKit();
    expect((await signedGet(kit, { nonce: 'same-nonce' })).status).toBe(200);
    const replay = await signedGet(kit, { nonce: 'same-nonce' });
    expect(replay.status).toBe(400);
    expect(await replay.json()).toMatchObject({ Code: 'SignatureNonceUsed' });
  });

  it('refuses an unknown AccessKey ID with 404 InvalidAccessKeyId.NotFound', async () => {
    const response = await signedGet(createEmulatorTestKit(), { keyId: 'LTAIunknown' });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ Code: 'InvalidAccessKeyId.NotFound' });
  });

  it('refuses an unsigned request', async () => {
    const response = await createEmulatorTestKit().emulator.app.request(`http://h/?Id=${BIG_ID}`);
    expect(await response.json()).toMatchObject({ Code: 'MissingAuthorization' });
  });
});

describe('actions', () => {
  it('GetTask returns a 19-digit ID exactly, and a not-found error for a missing task', async () => {
    const { client } = createEmulatorTestKit();
    const { Task: task } = GetTaskResponseSchema.parse(await ok(client.send('GetTask', { Id: BIG_ID })));
    expect(task.Id).toBe(BIG_ID);
    expect(await client.send('GetTask', { Id: '123' })).toMatchObject({
      status: 404,
      body: { Code: 'Invalid.Task.NotExist' },
    });
  });

  it('ListTasks pages, sorts and filters by name, owner and type', async () => {
    const { client, project } = createEmulatorTestKit();
    const listTasks = async (request: ActionRequest<'ListTasks'>) =>
      ListTasksResponseSchema.parse(await ok(client.send('ListTasks', request)));
    const page1 = await listTasks({
      ProjectId: DEMO_PROJECT_ID,
      PageSize: 10,
      PageNumber: 1,
      SortBy: 'Id Asc',
    });
    const page2 = await listTasks({
      ProjectId: DEMO_PROJECT_ID,
      PageSize: 10,
      PageNumber: 2,
      SortBy: 'Id Asc',
    });
    expect(page1.PagingInfo.TotalCount).toBe(project.tasks.length);
    expect(page1.PagingInfo.Tasks).toHaveLength(10);
    expect(page2.PagingInfo.Tasks[0]!.Id).not.toBe(page1.PagingInfo.Tasks[9]!.Id);
    const ids = page1.PagingInfo.Tasks.map((t) => BigInt(t.Id));
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : 1)));
    const byName = await listTasks({ ProjectId: DEMO_PROJECT_ID, Name: 'dws_', PageSize: 100 });
    expect(byName.PagingInfo.TotalCount).toBe(project.tasks.filter((t) => t.Name.includes('dws_')).length);
    const owner = project.tasks[0]!.Owner!;
    const byOwner = await listTasks({
      ProjectId: DEMO_PROJECT_ID,
      Owner: owner,
      TaskType: 'ODPS_SQL',
      PageSize: 100,
    });
    expect(byOwner.PagingInfo.Tasks.every((t) => t.Owner === owner && t.Type === 'ODPS_SQL')).toBe(true);
    expect(byOwner.PagingInfo.Tasks[0]).not.toHaveProperty('Dependencies');
  });

  it('ListTasks filters by 19-digit IDs without losing digits', async () => {
    const { client } = createEmulatorTestKit();
    const reply = ListTasksResponseSchema.parse(
      await ok(
        client.send('ListTasks', { ProjectId: DEMO_PROJECT_ID, Ids: [BIG_ID, '700004500000'], PageSize: 10 }),
      ),
    );
    expect(reply.PagingInfo.Tasks.map((t) => t.Id).sort()).toEqual(['700004500000', BIG_ID]);
  });

  it('UpdateTask applies the change, bumps ModifyTime and ModifyUser, and keeps the earlier version', async () => {
    const now = new Date();
    const { client, store } = createEmulatorTestKit({ now: () => now });
    const getTask = async () =>
      GetTaskResponseSchema.parse(await ok(client.send('GetTask', { Id: BIG_ID }))).Task;
    const before = await getTask();
    const reply = await ok(
      client.send('UpdateTask', {
        Id: BIG_ID,
        Name: 'renamed',
        RerunInterval: 300_000,
        Trigger: { Cron: '00 15 03 * * ?' },
      }),
    );
    expect(UpdateTaskResponseSchema.parse(reply).Success).toBe(true);
    const after = await getTask();
    expect(after).toMatchObject({
      Name: 'renamed',
      RerunInterval: 300,
      ModifyTime: now.getTime(),
      ModifyUser: '1107550004253538',
    });
    expect(after.Trigger).toEqual({ ...before.Trigger, Cron: '00 15 03 * * ?' });
    expect(after.Description).toBe(before.Description);
    expect(store.versions(BIG_ID)).toEqual([expect.objectContaining({ version: 1, task: before })]);
  });

  it('UpdateTask validates as the reference says, with InvalidParameter naming the field', async () => {
    const { client } = createEmulatorTestKit();
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ RerunInterval: 1_800_001 }, /RerunInterval: must not exceed 1800000/],
      [{ Dependencies: [{ UpstreamTaskId: '1' }] }, /Dependencies\.0\.Type/],
      [{ Tags: [{ Value: 'v' }] }, /Tags\.0\.Key/],
      [{ Inputs: { Variables: [{ Name: 'a' }] } }, /Inputs\.Variables\.0\.Type/],
      [{ Trigger: { StartTime: '2025-13-01 00:00:00' } }, /Trigger\.StartTime/],
      [{ Dependencies: [{ Type: 'Normal', UpstreamTaskId: '424242' }] }, /no task has the ID 424242/],
      [
        { Dependencies: [{ Type: 'Normal', UpstreamOutput: 'retail_dw.nothing' }] },
        /output name of the parent node does not exist/,
      ],
      [{ ClientUniqueCode: 'Task_wrong' }, /ClientUniqueCode/],
    ];
    for (const [change, message] of cases) {
      const reply = await client.send('UpdateTask', { Id: BIG_ID, ...change });
      expect(reply.status, JSON.stringify(change)).toBe(400);
      expect(reply.body.Code).toBe('InvalidParameter');
      expect(reply.body.Message).toMatch(message);
    }
  });

  it('refuses an unknown action and a wrong API version', async () => {
    const kit = createEmulatorTestKit();
    const headers = signRequest(
      {
        method: 'POST',
        host: 'h',
        action: 'DeleteTask',
        version: '2024-05-18',
        query: {},
        body: '',
        date: formatAcsDate(new Date()),
        nonce: 'n',
      },
      { accessKeyId: DEMO_ACCESS_KEY_ID, accessKeySecret: DEMO_ACCESS_KEY_SECRET },
    );
    const response = await kit.emulator.app.request('http://h/', { method: 'POST', headers });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ Code: 'InvalidAction.NotFound' });
  });

  it('throttles past the configured rate with 429 Throttling.User', async () => {
    const now = new Date();
    const { client } = createEmulatorTestKit({ now: () => now, maxRequestsPerSecond: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await client.send('GetTask', { Id: BIG_ID })).status);
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('lists upstream and downstream tasks through IDs and outputs', async () => {
    const { client, project } = createEmulatorTestKit();
    const child = project.tasks.find((t) =>
      t.Dependencies?.some((d) => d.Type === 'Normal' && d.UpstreamOutput),
    )!;
    const output = child.Dependencies!.find((d) => d.UpstreamOutput)!.UpstreamOutput!;
    const parent = project.tasks.find((t) => t.Outputs?.TaskOutputs?.some((o) => o.Output === output))!;
    const up = (await ok(client.send('ListUpstreamTasks', { Id: child.Id, PageSize: 100 }))) as {
      PagingInfo: { UpstreamTasks: { Task: { Id: string } }[] };
    };
    expect(up.PagingInfo.UpstreamTasks.map((u) => u.Task.Id)).toContain(parent.Id);
    const down = (await ok(client.send('ListDownstreamTasks', { Id: parent.Id, PageSize: 100 }))) as {
      PagingInfo: { DownstreamTasks: { Task: { Id: string } }[] };
    };
    expect(down.PagingInfo.DownstreamTasks.map((d) => d.Task.Id)).toContain(child.Id);
  });
});

describe('the emulator over HTTP', () => {
  it("answers Alibaba Cloud's official client with the demo key pair, and keeps updates across a restart", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'emulator-test-'));
    let emulator = await startEmulator({ port: 0, dataDir });
    const call = async (action: string, method: string, request: Record<string, unknown>) => {
      const client = new OpenApi(
        new $OpenApiUtil.Config({
          accessKeyId: DEMO_ACCESS_KEY_ID,
          accessKeySecret: DEMO_ACCESS_KEY_SECRET,
          endpoint: emulator.url.host,
          protocol: 'HTTP',
          regionId: 'cn-hangzhou',
        }),
      );
      const params = new $OpenApiUtil.Params({
        action,
        version: '2024-05-18',
        protocol: 'HTTPS',
        pathname: '/',
        method,
        authType: 'AK',
        style: 'RPC',
        reqBodyType: 'formData',
        bodyType: 'json',
      });
      return (await client.callApi(
        params,
        new $OpenApiUtil.OpenApiRequest(request),
        new RuntimeOptions({}),
      )) as {
        statusCode: number;
        body: Record<string, unknown>;
      };
    };
    try {
      const update = await call('UpdateTask', 'POST', {
        body: {
          Id: '700004500000',
          Name: 'via official client',
          Trigger: JSON.stringify({ Cron: '00 45 01 * * ?' }),
        },
      });
      expect(update.body).toMatchObject({ Success: true });
      await emulator.close();
      emulator = await startEmulator({ port: 0, dataDir });
      const got = await call('GetTask', 'GET', { query: { Id: '700004500000' } });
      expect(got.body.Task).toMatchObject({
        Name: 'via official client',
        Trigger: { Cron: '00 45 01 * * ?' },
      });
    } finally {
      await emulator.close();
    }
  });
});

describe('ListTaskOperationLogs', () => {
  it("lists today's updates of a task, newest first, with who made them", async () => {
    const { client } = createEmulatorTestKit();
    await ok(client.send('UpdateTask', { Id: BIG_ID, Name: 'one' }));
    await ok(client.send('UpdateTask', { Id: BIG_ID, Name: 'two' }));
    const reply = await client.send('ListTaskOperationLogs', { Id: BIG_ID });
    const logs = (
      reply.body.PagingInfo as { OperationLogs: { OperationSeq: number; User: string; TaskId: string }[] }
    ).OperationLogs;
    expect(logs.map((l) => l.OperationSeq)).toEqual([2, 1]);
    expect(logs.every((l) => l.User === '1107550004253538' && l.TaskId === BIG_ID)).toBe(true);
  });
});
