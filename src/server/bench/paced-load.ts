import { Agent, request } from 'node:http';

export interface PacedRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface PacedTarget {
  /** `http://127.0.0.1:8790` */
  origin: string;
  /** Called at each request's send instant, so a signature can carry a fresh date and nonce. */
  next: () => PacedRequest;
}

export interface PacedResult {
  /** Milliseconds from each request's scheduled instant to the end of its response, sorted. */
  latencies: number[];
  /** Milliseconds the generator sent late (whole-millisecond timers, a busy CPU), sorted; inside `latencies`. */
  sendLag: number[];
  errors: number;
}

/**
 * Open-loop load at evenly spaced instants: request i is due at start + i / rate whatever became of the
 * ones before it, and its latency counts from that instant. A stall therefore shows as latency of every
 * request due during it (no coordinated omission), and there is no per-second burst as with autocannon's
 * rate limit, which fires each connection's quota back to back at the start of every second.
 *
 * Slices of a tenth of a second go to the targets in turn (A, B, A, B, ...), `seconds` measured seconds
 * each after one second each of warm-up: paths compared a tenth of a second apart see the same machine,
 * where back-to-back runs, or whole seconds, would each catch their own share of its stalls and drift
 * (other processes, CPU clock). `rate` is whole requests per second to whichever target has the slice;
 * results follow `targets`.
 */
export async function pacedLoad(
  rate: number,
  seconds: number,
  targets: PacedTarget[],
): Promise<PacedResult[]> {
  // Enough keep-alive sockets that a request is never held back waiting for one.
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const hosts = targets.map((t) => new URL(t.origin));
  const results: PacedResult[] = targets.map(() => ({ latencies: [], sendLag: [], errors: 0 }));
  const interval = 1000 / rate;
  const slice = Math.max(1, Math.round(rate / 10));
  const warmupCount = targets.length * rate;
  const total = (seconds + 1) * targets.length * rate;
  const inFlight: Promise<void>[] = [];

  const fire = (i: number, due: number) => {
    const target = Math.floor(i / slice) % targets.length;
    // Warm-up requests are sent alike but recorded nowhere.
    const result = i >= warmupCount ? results[target]! : { latencies: [], sendLag: [], errors: 0 };
    result.sendLag.push(performance.now() - due);
    const { method, path, headers, body } = targets[target]!.next();
    const { hostname, port } = hosts[target]!;
    inFlight.push(
      new Promise<void>((resolve) => {
        const fail = () => {
          result.errors++;
          resolve();
        };
        const req = request({ hostname, port, method, path, headers, agent }, (res) => {
          res.resume(); // read the body to the end: latency includes it, and the socket goes back to the pool
          res.on('end', () => {
            if (res.statusCode === 200) result.latencies.push(performance.now() - due);
            else result.errors++;
            resolve();
          });
          res.on('error', fail);
        });
        req.on('error', fail);
        req.end(body);
      }),
    );
  };

  // Each tick sends whatever is due by now, then sleeps until the next due instant. Due instants come from
  // the start time, not from the previous tick, so timer lateness never accumulates into drift.
  const start = performance.now();
  let sent = 0;
  await new Promise<void>((done) => {
    const tick = () => {
      const now = performance.now();
      for (; sent < total && start + sent * interval <= now; sent++) fire(sent, start + sent * interval);
      if (sent >= total) return done();
      setTimeout(tick, start + sent * interval - now);
    };
    tick();
  });
  await Promise.all(inFlight);
  agent.destroy();
  for (const r of results) {
    r.latencies.sort((a, b) => a - b);
    r.sendLag.sort((a, b) => a - b);
  }
  return results;
}
