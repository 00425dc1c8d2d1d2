import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createTestApp } from './create-test-app.ts';
import { DEMO_PROJECT_ID } from './emulator/demo-project.ts';
import { configureSchedule, DEFAULT_SCHEDULE_SETTINGS } from '#domain/cron/dataworks-schedule';
import { readServerEnv, toScheduleSettings } from './env.ts';

describe('GET /api/health', () => {
  it("names the target, the project, the region and the deployment's schedule settings", async () => {
    const { app } = createTestApp();
    const response = await app.request('/api/health');
    expect(await response.json()).toEqual({
      ok: true,
      target: 'emulator',
      projectId: DEMO_PROJECT_ID,
      region: 'cn-shanghai', // the emulator's
      schedule: { weekdays: 'spring', timeZone: 'Asia/Shanghai' },
      store: { kind: 'sqlite', ok: true },
    });
  });
});

describe('POST /api/dataworks/{Action}', () => {
  it("forwards a valid request and answers DataWorks' body with every ID digit intact", async () => {
    const { post } = createTestApp();
    const response = await post('GetTask', { Id: '7002918273648500132' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { Task: { Id: string; ProjectId: string } };
    expect(body.Task.Id).toBe('7002918273648500132');
    expect(body.Task.ProjectId).toBe(DEMO_PROJECT_ID);
  });

  it("passes DataWorks' error through with its status", async () => {
    const { post } = createTestApp();
    const response = await post('GetTask', { Id: '42' });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      Code: 'Invalid.Task.NotExist',
      RequestId: expect.any(String) as string,
    });
  });

  it('refuses an action outside the allow-list with 404 and forwards nothing', async () => {
    const { post, received } = createTestApp();
    for (const action of ['DeleteTask', 'CreateNode', '__proto__', 'constructor']) {
      const response = await post(action, { Id: '1' });
      expect(response.status, action).toBe(404);
    }
    expect(received.total).toBe(0);
  });

  it('answers 400 with Issues at their paths and forwards nothing', async () => {
    const { post, received } = createTestApp();
    const response = await post('UpdateTask', {
      Id: '7002918273648500132',
      Trigger: { Cron: 'nope', StartTime: '2025-02-30 00:00:00' },
      RerunInterval: 1_800_001,
      Tags: [{ Key: 'a' }, { Key: 'a' }],
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { Code: string; Issues: { path: string; message: string }[] };
    expect(body.Code).toBe('InvalidParameter');
    expect(body.Issues.map((i) => i.path).sort()).toEqual(
      ['RerunInterval', 'Tags.1.Key', 'Trigger.Cron', 'Trigger.StartTime'].sort(),
    );
    expect(received.total).toBe(0);
  });

  it('refuses a 64-bit ID sent as an unsafe JSON number, which would have lost digits', async () => {
    const { post, received } = createTestApp();
    const response = await post('GetTask', '{"Id":7002918273648500132}');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { Issues: { path: string }[] }).Issues[0]?.path).toBe('Id');
    expect(received.total).toBe(0);
  });

  it('refuses a body that is not a JSON object, unknown parameters, and oversized bodies', async () => {
    const { post, received } = createTestApp();
    expect((await post('GetTask', 'not json')).status).toBe(400);
    expect((await post('GetTask', '[1]')).status).toBe(400);
    expect((await post('GetTask', { Id: '1', Extra: true })).status).toBe(400);
    expect((await post('UpdateTask', { Id: '1', Description: 'x'.repeat(2 * 1024 * 1024) })).status).toBe(
      413,
    );
    expect(received.total).toBe(0);
  });

  it('holds bodies to the size limit over HTTP, declared by Content-Length or streamed in chunks', async () => {
    const { app, received } = createTestApp();
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    const { port } = server.address() as AddressInfo;
    const post = (chunks: string[], declareLength: boolean) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const length = chunks.reduce((n, c) => n + Buffer.byteLength(c), 0);
        const req = request(
          {
            port,
            method: 'POST',
            path: '/api/dataworks/GetTask',
            headers: {
              'content-type': 'application/json',
              ...(declareLength ? { 'content-length': String(length) } : {}),
            },
          },
          (res) => {
            let body = '';
            res.on('data', (d: Buffer) => (body += d.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          },
        );
        req.on('error', reject);
        for (const chunk of chunks) req.write(chunk);
        req.end();
      });
    const big = [`{"Id":"700004500000","Pad":"`, 'x'.repeat(1024 * 1024), '"}'];
    try {
      expect(await post(['{"Id":"700004500000"}'], true)).toMatchObject({ status: 200 });
      expect(await post(['{"Id":', '"700004500000"}'], false)).toMatchObject({ status: 200 });
      const declared = await post(big, true);
      expect(declared.status).toBe(413);
      expect(declared.body).toContain('PayloadTooLarge');
      expect((await post(big, false)).status).toBe(413);
      expect(received.total).toBe(2);
    } finally {
      server.close();
    }
  });

  it('fills ListTasks with its project and refuses another project', async () => {
    const { post } = createTestApp();
    const ok = await post('ListTasks', { PageSize: 5 });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { PagingInfo: { Tasks: unknown[] } }).PagingInfo.Tasks).toHaveLength(5);
    expect((await post('ListTasks', { ProjectId: '999' })).status).toBe(403);
  });

  it('sends an UpdateTask that DataWorks applies', async () => {
    const { post } = createTestApp();
    const response = await post('UpdateTask', { Id: '700004500000', Description: '说明 updated' });
    expect(await response.json()).toMatchObject({ Success: true });
    const read = (await (await post('GetTask', { Id: '700004500000' })).json()) as {
      Task: { Description: string };
    };
    expect(read.Task.Description).toBe('说明 updated');
  });
});

describe('UNKNOWN_OUTCOME_WINDOW_MS', () => {
  it('defaults to five minutes, takes a number of milliseconds and refuses anything else', () => {
    expect(readServerEnv({}).UNKNOWN_OUTCOME_WINDOW_MS).toBe(300_000);
    expect(readServerEnv({ UNKNOWN_OUTCOME_WINDOW_MS: '60000' }).UNKNOWN_OUTCOME_WINDOW_MS).toBe(60_000);
    expect(() => readServerEnv({ UNKNOWN_OUTCOME_WINDOW_MS: 'soon' })).toThrow(/UNKNOWN_OUTCOME_WINDOW_MS/);
    expect(() => readServerEnv({ UNKNOWN_OUTCOME_WINDOW_MS: '10' })).toThrow(/UNKNOWN_OUTCOME_WINDOW_MS/);
  });
});

describe('DATAWORKS_WEEKDAY_NUMBERING and DATAWORKS_SCHEDULE_TIME_ZONE', () => {
  it('default to Spring weekdays in Asia/Shanghai and refuse what is not a numbering or a zone', () => {
    expect(toScheduleSettings(readServerEnv({}))).toEqual(DEFAULT_SCHEDULE_SETTINGS);
    const env = readServerEnv({ DATAWORKS_WEEKDAY_NUMBERING: 'quartz', DATAWORKS_SCHEDULE_TIME_ZONE: 'UTC' });
    expect(toScheduleSettings(env)).toEqual({ weekdays: 'quartz', timeZone: 'UTC' });
    expect(() => readServerEnv({ DATAWORKS_WEEKDAY_NUMBERING: 'iso' })).toThrow(
      /DATAWORKS_WEEKDAY_NUMBERING/,
    );
    expect(() => readServerEnv({ DATAWORKS_SCHEDULE_TIME_ZONE: 'Mars/Olympus' })).toThrow(
      /DATAWORKS_SCHEDULE_TIME_ZONE/,
    );
  });

  it('are what health reports and what the proxy validates a cron with', async () => {
    configureSchedule({ weekdays: 'quartz', timeZone: 'Asia/Tokyo' });
    try {
      const { app, post } = createTestApp();
      const health = (await (await app.request('/api/health')).json()) as { schedule: unknown };
      expect(health.schedule).toEqual({ weekdays: 'quartz', timeZone: 'Asia/Tokyo' });
      // Spring reads weekday 0 as Sunday; Quartz numbers 1-7 and refuses it, before anything is sent.
      const response = await post('UpdateTask', { Id: '700004500000', Trigger: { Cron: '00 00 03 ? * 0' } });
      expect(response.status).toBe(400);
      expect(JSON.stringify(await response.json())).toContain('Trigger.Cron');
    } finally {
      configureSchedule(DEFAULT_SCHEDULE_SETTINGS);
    }
  });
});

describe('security headers', () => {
  it('sets a CSP without inline script, frame-ancestors none and nosniff', async () => {
    const { app } = createTestApp();
    const response = await app.request('/api/health');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
