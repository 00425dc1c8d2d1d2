import { createMiddleware } from 'hono/factory';
import { timingSafeEqual, createHash } from 'node:crypto';
import { proxyError } from './proxy-error.ts';

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * Binding beyond loopback exposes a proxy that can change production schedules: it needs an access token
 * or a reverse proxy that authenticates users and sets an identity header. Returns why not, or undefined.
 */
export function whyUnsafeBinding(
  host: string,
  accessToken?: string,
  identityHeader?: string,
): string | undefined {
  if (isLoopback(host) || accessToken || identityHeader) return undefined;
  return `Refusing to listen on ${host}: anyone who can reach it could change DataWorks tasks with this server's AccessKey. Set ACCESS_TOKEN (a long random secret the app asks for once), or TRUSTED_IDENTITY_HEADER behind an authenticating reverse proxy, or bind HOST=127.0.0.1.`;
}

function sameSecret(given: string, expected: string): boolean {
  // Hashing first makes the comparison constant-time whatever the lengths.
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export interface AccessOptions {
  accessToken?: string;
  /** A header such as `x-forwarded-user` that an authenticating reverse proxy sets. */
  identityHeader?: string;
}

/** Who is calling: the identity from the reverse proxy, or `local` for loopback and token users. */
export type AccessVariables = { user: string };

export function accessGuard({ accessToken, identityHeader }: AccessOptions) {
  return createMiddleware<{ Variables: AccessVariables }>(async (c, next) => {
    let user = 'local';
    if (identityHeader) {
      const identity = c.req.header(identityHeader)?.trim();
      if (!identity)
        proxyError(
          401,
          'Unauthenticated',
          `The ${identityHeader} header set by the reverse proxy is missing.`,
        );
      user = identity;
    }
    if (accessToken) {
      const given = c.req.header('x-access-token') ?? '';
      if (!sameSecret(given, accessToken))
        proxyError(
          401,
          'InvalidAccessToken',
          'This server needs its access token: enter it when the app asks.',
        );
    }
    c.set('user', user);
    await next();
  });
}

/**
 * Only same-origin JSON requests reach the API: a cross-site form or fetch cannot send
 * `application/json` without a preflight we never answer, and Origin/Host must be ours.
 */
export function sameOriginGuard(allowedHosts: ReadonlySet<string>) {
  return createMiddleware(async (c, next) => {
    const host = c.req.header('host');
    if (host && allowedHosts.size > 0 && !allowedHosts.has(host.toLowerCase()))
      proxyError(403, 'Forbidden.Host', `Host ${host} is not this server's (a DNS-rebinding attempt?).`);
    if (c.req.header('sec-fetch-site') === 'cross-site')
      proxyError(403, 'Forbidden.CrossSite', 'Cross-site requests are refused.');
    const origin = c.req.header('origin');
    if (origin && origin !== 'null') {
      let originHost = '';
      try {
        originHost = new URL(origin).host.toLowerCase();
      } catch {
        // an unparsable Origin is refused below
      }
      if (!originHost || (host ? originHost !== host.toLowerCase() : !allowedHosts.has(originHost)))
        proxyError(
          403,
          'Forbidden.CrossSite',
          `Requests from ${origin} are refused: only this app may call the API.`,
        );
    } else if (origin === 'null')
      proxyError(403, 'Forbidden.CrossSite', 'Requests from an opaque origin are refused.');
    if (
      c.req.method === 'POST' &&
      !(c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json')
    )
      proxyError(
        415,
        'UnsupportedMediaType',
        'The API takes JSON bodies only (content-type: application/json).',
      );
    await next();
  });
}
