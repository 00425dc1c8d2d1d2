import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { createDataWorksClient } from './dataworks/dataworks-client.ts';
import { DEMO_PROJECT_ID } from './emulator/demo-project.ts';
import { createEmulatorTestKit } from './emulator/emulator-test-kit.ts';
import { openSaveHistory } from './history/save-history.ts';
import { createLogger } from './logger.ts';

const SECRET = 'CANARY-secret-8f1d2c3b4a5e6f70';
const TOKEN = 'CANARY-sts-token-1a2b3c4d5e6f';

describe('credentials never leave the proxy', () => {
  it('appear in no response, header or log line, whatever the outcome', async () => {
    const kit = createEmulatorTestKit({ emulatorSecret: SECRET });
    const sentAuthorizations: string[] = [];
    // Upstream: the emulator, with the requests' Authorization remembered to search for it later.
    const upstream: typeof fetch = async (input, init) => {
      const headers = new Headers(init?.headers);
      sentAuthorizations.push(headers.get('authorization') ?? '');
      return kit.fetchInProcess(input, { ...init, headers });
    };
    const client = createDataWorksClient({
      endpoint: new URL('http://127.0.0.1:8790'),
      getCredentials: () =>
        Promise.resolve({ accessKeyId: 'LTAIlocalDemoKeyId', accessKeySecret: SECRET, securityToken: TOKEN }),
      fetch: upstream,
      retry: { attempts: 1 },
    });
    const lines: string[] = [];
    const logger = createLogger({
      level: 'debug',
      destination: new Writable({
        write: (chunk: Buffer, _e, done) => (lines.push(chunk.toString()), done()),
      }),
    });
    logger.debug(
      { accessKeySecret: SECRET, securityToken: TOKEN, headers: { authorization: 'x' } },
      'redaction probe',
    );
    const app = createApp({
      dataworks: client,
      target: 'aliyun',
      projectId: DEMO_PROJECT_ID,
      history: openSaveHistory(':memory:'),
      logger,
    });

    const seen: string[] = [];
    const calls: [string, unknown][] = [
      ['GetTask', { Id: '700004500000' }],
      ['GetTask', { Id: '42' }],
      ['UpdateTask', { Id: '700004500000', Name: 'x' }],
      ['UpdateTask', { Id: 'x' }],
      ['ListTasks', { PageSize: 2 }],
      ['Nope', {}],
    ];
    for (const [action, body] of calls) {
      const response = await app.request(`/api/dataworks/${action}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      seen.push(await response.text(), JSON.stringify([...response.headers]));
    }
    expect(sentAuthorizations.length).toBeGreaterThan(0);
    expect(seen[0], seen[0]).toContain('"Id":"700004500000"'); // the calls really succeeded
    const everything = [...seen, ...lines].join('\n');
    expect(lines.length).toBeGreaterThan(calls.length);
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain(TOKEN);
    for (const authorization of sentAuthorizations)
      expect(everything).not.toContain(authorization.split('Signature=')[1]);
    expect(everything).not.toContain('ACS3-HMAC-SHA256 Credential');
  });
});
