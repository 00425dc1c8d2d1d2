import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatAcsDate, signRequest } from '../dataworks/sign-request.ts';
import { DEMO_PROJECT_ID } from '../emulator/demo-project.ts';
import { DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET } from '../emulator/start-emulator.ts';
import { startServerProcess, takePort } from '../start-server-process.ts';
import { createDataWorksClient } from '../dataworks/dataworks-client.ts';
import { createKeepAliveFetch } from '../dataworks/keep-alive-fetch.ts';
import { formatMs, measure, percentile, type Row } from './measure.ts';

const TASK = '700004500000';

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error: Error | null, result) => (error ? reject(error) : resolve(result)));
  });
}

/**
 * GetTask under load, as deployed: the emulator and the proxy each in their own process, the proxy pointed
 * at the emulator as at a real endpoint. The direct path signs every request afresh, as the proxy does.
 */
export async function benchLoad(durationSeconds = 5, connections = 10, rate = 300): Promise<Row[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-load-'));
  const emulatorPort = takePort();
  const proxyPort = takePort();
  const emulatorUrl = `http://127.0.0.1:${emulatorPort}`;
  const emulator = await startServerProcess(
    'src/server/emulator/main.ts',
    { EMULATOR_PORT: String(emulatorPort), DATA_DIR: dataDir, EMULATOR_MAX_RPS: '1000000000' },
    `${emulatorUrl}/__admin/received`,
  );
  const proxy = await startServerProcess(
    'src/server/main.ts',
    {
      PORT: String(proxyPort),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      DATAWORKS_ENDPOINT: emulatorUrl,
      DATAWORKS_PROJECT_ID: DEMO_PROJECT_ID,
      ALIBABA_CLOUD_ACCESS_KEY_ID: DEMO_ACCESS_KEY_ID,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: DEMO_ACCESS_KEY_SECRET,
    },
    `http://127.0.0.1:${proxyPort}/api/health`,
  );
  try {
    const directOptions: autocannon.Options = {
      url: emulatorUrl,
      connections,
      duration: durationSeconds,
      requests: [
        {
          method: 'GET',
          path: `/?Id=${TASK}`,
          setupRequest: (request) => {
            const host = `127.0.0.1:${emulatorPort}`;
            const { host: _host, ...headers } = signRequest(
              {
                method: 'GET',
                host,
                action: 'GetTask',
                version: '2024-05-18',
                query: { Id: TASK },
                body: '',
                date: formatAcsDate(new Date()),
                nonce: randomBytes(16).toString('hex'),
              },
              { accessKeyId: DEMO_ACCESS_KEY_ID, accessKeySecret: DEMO_ACCESS_KEY_SECRET },
            );
            return { ...request, headers: { ...headers, host } };
          },
        },
      ],
    };
    const proxyOptions: autocannon.Options = {
      url: `http://127.0.0.1:${proxyPort}/api/dataworks/GetTask`,
      connections,
      duration: durationSeconds,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ Id: TASK }),
    };
    const direct = await run(directOptions);
    const viaProxy = await run(proxyOptions);
    // Latency at a steady rate below saturation: on 2 cores, autocannon, the proxy and the emulator share
    // the CPU, and a saturating load would measure queueing, not the proxy's cost.
    const steadyDirect = await run({ ...directOptions, overallRate: rate });
    const steadyProxy = await run({ ...proxyOptions, overallRate: rate });
    // One request at a time, timed to the microsecond: the same client code (sign, send, parse) straight to
    // the emulator, and the browser's request through the proxy, which runs that client code itself.
    const client = createDataWorksClient({
      endpoint: new URL(emulatorUrl),
      getCredentials: () =>
        Promise.resolve({ accessKeyId: DEMO_ACCESS_KEY_ID, accessKeySecret: DEMO_ACCESS_KEY_SECRET }),
    });
    const proxyFetch = createKeepAliveFetch();
    const sequentialDirect = await measure(2000, () => client.send('GetTask', { Id: TASK }));
    const sequentialProxy = await measure(2000, async () => {
      const response = await proxyFetch(`http://127.0.0.1:${proxyPort}/api/dataworks/GetTask`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ Id: TASK }),
      });
      await response.text();
    });
    const describe = (r: autocannon.Result) =>
      `${Math.round(r.requests.average)} req/s, p50 ${formatMs(r.latency.p50)}, p99 ${formatMs(r.latency.p99)}, errors ${r.errors + r.non2xx}`;
    return [
      {
        figure: `GetTask direct to the emulator, saturating (${connections} connections)`,
        value: describe(direct),
      },
      {
        figure: `GetTask through the proxy, saturating (${connections} connections)`,
        value: describe(viaProxy),
      },
      { figure: `GetTask direct, steady ${rate} req/s`, value: describe(steadyDirect) },
      { figure: `GetTask through the proxy, steady ${rate} req/s`, value: describe(steadyProxy) },
      {
        figure: 'GetTask one at a time (2000), direct / through the proxy, p50',
        value: `${formatMs(percentile(sequentialDirect, 50))} / ${formatMs(percentile(sequentialProxy, 50))}`,
      },
      {
        figure: 'proxy overhead, one at a time, p50 / p99 added',
        value: `${formatMs(percentile(sequentialProxy, 50) - percentile(sequentialDirect, 50))} / ${formatMs(percentile(sequentialProxy, 99) - percentile(sequentialDirect, 99))}`,
        budget: '< 1 ms at p50, < 5 ms at p99',
      },
      {
        figure: `proxy overhead at ${rate} req/s, p50 / p99 added`,
        value: `${formatMs(steadyProxy.latency.p50 - steadyDirect.latency.p50)} / ${formatMs(steadyProxy.latency.p99 - steadyDirect.latency.p99)}`,
        budget: '< 1 ms at p50, < 5 ms at p99',
      },
    ];
  } finally {
    await proxy.stop();
    await emulator.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
