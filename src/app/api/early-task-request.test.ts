import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestTaskEarly, takeEarlyTaskReply } from './early-task-request.ts';

function stubFetch() {
  const calls: { url: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    calls.push({ url, body: JSON.parse(init.body as string) });
    return Promise.resolve(new Response(JSON.stringify({ Task: { Id: '1' } }), { status: 200 }));
  });
  vi.stubGlobal('sessionStorage', { getItem: () => null });
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe('early GetTask', () => {
  it('asks for the task of a /tasks/:id address, keeping all 19 digits, and hands the reply over once', async () => {
    const calls = stubFetch();
    requestTaskEarly('/tasks/7002918273648500132');
    expect(calls).toEqual([{ url: '/api/dataworks/GetTask', body: { Id: '7002918273648500132' } }]);
    expect(takeEarlyTaskReply('42')).toBeUndefined();
    await expect(takeEarlyTaskReply('7002918273648500132')).resolves.toEqual({ Task: { Id: '1' } });
    expect(takeEarlyTaskReply('7002918273648500132')).toBeUndefined();
  });

  it('asks for nothing on other addresses', () => {
    const calls = stubFetch();
    for (const path of ['/', '/tasks/', '/tasks/abc', '/tasks/1/history', '/tasks/12345678901234567890'])
      requestTaskEarly(path);
    expect(calls).toEqual([]);
  });
});
