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
import { createKeepAliveTransport } from '../dataworks/keep-alive-transport.ts';
import { formatMs, measure, percentile, type Row } from './measure.ts';
import { pacedLoad, type PacedResult } from './paced-load.ts';

const TASK = '700004500000';

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error: Error | null, result) => (error ? reject(error) : resolve(result)));
  });
}

/** A GetTask signed afresh (date and nonce) as the proxy signs it, without the Host header sent separately. */
function signedGetTaskHeaders(host: string): Record<string, string> {
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
  return headers;
}

/**
 * GetTask under load, as deployed: the emulator and the proxy each in their own process, the proxy pointed
 * at the emulator as at a real endpoint. The direct path signs every request afresh, as the proxy does.
 */
export async function benchLoad(
  durationSeconds = 5,
  connections = 10,
  rates: number[] = [300, 100],
  // Paced runs are longer: a p99 over 3,000 requests a path is not moved by one stall of the shared machine.
  pacedSeconds = 10,
): Promise<Row[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-load-'));
  const emulatorPort = takePort();
  const proxyPort = takePort();
  const forwarderPort = takePort();
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
      // As `npm start` runs it: one info line per API request.
      LOG_LEVEL: 'info',
      DATAWORKS_ENDPOINT: emulatorUrl,
      DATAWORKS_PROJECT_ID: DEMO_PROJECT_ID,
      ALIBABA_CLOUD_ACCESS_KEY_ID: DEMO_ACCESS_KEY_ID,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: DEMO_ACCESS_KEY_SECRET,
    },
    `http://127.0.0.1:${proxyPort}/api/health`,
  );
  const forwarder = await startServerProcess(
    'src/server/bench/bare-forwarder.ts',
    { PORT: String(forwarderPort), FORWARD_TO: emulatorUrl },
    `http://127.0.0.1:${forwarderPort}/__admin/received`,
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
            return { ...request, headers: { ...signedGetTaskHeaders(host), host } };
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
    // Latency at steady rates below saturation: on 2 cores the load generator, the proxy and the emulator
    // share the CPU, and a saturating load would measure queueing, not the proxy's cost. Not autocannon's
    // overallRate: it sends each second's quota in a burst and records whole milliseconds. Direct and proxy
    // take alternate seconds of the same run.
    // A third path, through a bare forwarder, shows what any proxy process costs on this machine.
    const paced: { rate: number; direct: PacedResult; bare: PacedResult; proxy: PacedResult }[] = [];
    const emulatorHost = `127.0.0.1:${emulatorPort}`;
    for (const rate of rates) {
      const [direct, bare, proxy] = await pacedLoad(rate, pacedSeconds, [
        {
          origin: emulatorUrl,
          next: () => ({
            method: 'GET',
            path: `/?Id=${TASK}`,
            headers: signedGetTaskHeaders(emulatorHost),
          }),
        },
        {
          origin: `http://127.0.0.1:${forwarderPort}`,
          next: () => ({
            method: 'GET',
            path: `/?Id=${TASK}`,
            headers: { ...signedGetTaskHeaders(emulatorHost), host: emulatorHost },
          }),
        },
        {
          origin: `http://127.0.0.1:${proxyPort}`,
          next: () => ({
            method: 'POST',
            path: '/api/dataworks/GetTask',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ Id: TASK }),
          }),
        },
      ]);
      paced.push({ rate, direct: direct!, bare: bare!, proxy: proxy! });
    }
    // One request at a time, timed to the microsecond: the same client code (sign, send, parse) straight to
    // the emulator, and the browser's request through the proxy, which runs that client code itself.
    const client = createDataWorksClient({
      endpoint: new URL(emulatorUrl),
      getCredentials: () =>
        Promise.resolve({ accessKeyId: DEMO_ACCESS_KEY_ID, accessKeySecret: DEMO_ACCESS_KEY_SECRET }),
    });
    const toProxy = createKeepAliveTransport();
    const proxyUrl = new URL(`http://127.0.0.1:${proxyPort}/api/dataworks/GetTask`);
    const sequentialDirect = await measure(2000, () => client.send('GetTask', { Id: TASK }));
    const sequentialProxy = await measure(2000, () =>
      toProxy(proxyUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ Id: TASK }),
        timeoutMs: 15_000,
      }),
    );
    const describe = (r: autocannon.Result) =>
      `${Math.round(r.requests.average)} req/s, p50 ${formatMs(r.latency.p50)}, p99 ${formatMs(r.latency.p99)}, errors ${r.errors + r.non2xx}`;
    // Signed: on a busy machine the difference of two noisy percentiles can come out negative.
    const added = (proxy: number[], direct: number[], p: number) => {
      const ms = percentile(proxy, p) - percentile(direct, p);
      return `${ms < 0 ? '-' : '+'}${formatMs(Math.abs(ms))}`;
    };
    // The generator's own lateness is inside both paths' latencies; shown so a reader can judge it.
    const describePaced = (r: PacedResult) =>
      `p50 ${formatMs(percentile(r.latencies, 50))}, p99 ${formatMs(percentile(r.latencies, 99))}, errors ${r.errors} (sent late by p50 ${formatMs(percentile(r.sendLag, 50))}, p99 ${formatMs(percentile(r.sendLag, 99))})`;
    return [
      {
        figure: `GetTask direct to the emulator, saturating (${connections} connections)`,
        value: describe(direct),
      },
      {
        figure: `GetTask through the proxy, saturating (${connections} connections)`,
        value: describe(viaProxy),
      },
      {
        figure: 'GetTask one at a time (2000), direct / through the proxy, p50',
        value: `${formatMs(percentile(sequentialDirect, 50))} / ${formatMs(percentile(sequentialProxy, 50))}`,
      },
      {
        figure: 'proxy overhead, one at a time, p50 / p99 added',
        value: `${added(sequentialProxy, sequentialDirect, 50)} / ${added(sequentialProxy, sequentialDirect, 99)}`,
        budget: '< 1 ms at p50, < 5 ms at p99',
      },
      ...paced.flatMap(({ rate, direct, bare, proxy }) => [
        { figure: `GetTask direct, paced ${rate} req/s (open loop)`, value: describePaced(direct) },
        { figure: `GetTask through a bare forwarder, paced ${rate} req/s`, value: describePaced(bare) },
        { figure: `GetTask through the proxy, paced ${rate} req/s (open loop)`, value: describePaced(proxy) },
        {
          figure: `  the floor: a bare forwarder's overhead at ${rate} req/s, p50 / p99 added`,
          value: `${added(bare.latencies, direct.latencies, 50)} / ${added(bare.latencies, direct.latencies, 99)}`,
        },
        {
          figure: `proxy overhead at ${rate} req/s paced, p50 / p99 added`,
          value: `${added(proxy.latencies, direct.latencies, 50)} / ${added(proxy.latencies, direct.latencies, 99)}`,
          budget: '< 1 ms at p50, < 5 ms at p99',
        },
      ]),
    ];
  } finally {
    await proxy.stop();
    await forwarder.stop();
    await emulator.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
