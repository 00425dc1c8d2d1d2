import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

export interface UpstreamRequest {
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
}

export interface UpstreamResponse {
  status: number;
  /** A response header by lower-case name. */
  header: (name: string) => string | undefined;
  text: string;
}

/**
 * One upstream call, failing as fetch fails: a `TimeoutError` DOMException past `timeoutMs`, else a
 * TypeError whose `cause` carries the socket error's code (ECONNREFUSED: the request was never sent).
 */
export type UpstreamTransport = (url: URL, request: UpstreamRequest) => Promise<UpstreamResponse>;

// Decodes as Response.text() does: a leading BOM dropped, malformed bytes replaced.
const utf8 = new TextDecoder();

/**
 * node:http with pooled keep-alive sockets: the proxy makes one upstream call per request, and Node 20's
 * fetch costs about a millisecond more per call. No Request, Response, Headers or AbortSignal either: on
 * this path they cost more CPU than the HTTP exchange itself (web streams, transferable signals).
 */
export function createKeepAliveTransport(): UpstreamTransport {
  const agents = {
    'http:': new HttpAgent({ keepAlive: true, maxSockets: 64 }),
    'https:': new HttpsAgent({ keepAlive: true, maxSockets: 64 }),
  };
  return (url, { method, headers, body, timeoutMs }) =>
    new Promise<UpstreamResponse>((resolve, reject) => {
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      const req = send(
        url,
        {
          method,
          headers:
            body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) },
          agent: agents[url.protocol as 'http:' | 'https:'],
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            clearTimeout(timer);
            const received = res.headers;
            resolve({
              status: res.statusCode ?? 502,
              header: (name) => {
                const value = received[name];
                return Array.isArray(value) ? value.join(', ') : value;
              },
              text: utf8.decode(Buffer.concat(chunks)),
            });
          });
          res.on('error', (error) => {
            clearTimeout(timer);
            reject(error);
          });
        },
      );
      // The whole exchange, body included, within timeoutMs. Settling twice is harmless: the first wins.
      const timer = setTimeout(() => {
        const timeout = new DOMException(`no answer within ${timeoutMs} ms`, 'TimeoutError');
        reject(timeout);
        req.destroy(timeout);
      }, timeoutMs);
      req.on('error', (error) => {
        clearTimeout(timer);
        reject(Object.assign(new TypeError('fetch failed'), { cause: error }));
      });
      req.end(body);
    });
}

/** A fetch (an in-process emulator in tests, a recorder) as the transport. */
export function fetchTransport(doFetch: typeof fetch): UpstreamTransport {
  return async (url, { method, headers, body, timeoutMs }) => {
    const response = await doFetch(url, { method, headers, body, signal: AbortSignal.timeout(timeoutMs) });
    return {
      status: response.status,
      header: (name) => response.headers.get(name) ?? undefined,
      text: await response.text(),
    };
  };
}
