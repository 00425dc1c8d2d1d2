import { Agent, createServer, request } from 'node:http';

// The floor of any proxy on this machine, run as its own process by the load bench: each request is passed to
// FORWARD_TO as it came (already signed by the caller) and the answer passed back, with no parsing, validation,
// signing or logging. The proxy's overhead minus this one's is the cost of the proxy's own work; what this one
// adds is the extra loopback exchange and the extra process to wake.

const target = new URL(process.env.FORWARD_TO ?? 'http://127.0.0.1:8790');
const agent = new Agent({ keepAlive: true, maxSockets: 256 });

createServer((incoming, outgoing) => {
  const upstream = request(
    {
      hostname: target.hostname,
      port: target.port,
      method: incoming.method,
      path: incoming.url,
      headers: incoming.headers,
      agent,
    },
    (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    },
  );
  upstream.on('error', () => outgoing.writeHead(502).end());
  incoming.pipe(upstream);
}).listen(Number(process.env.PORT ?? 8791), '127.0.0.1');
