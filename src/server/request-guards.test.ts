import { describe, expect, it } from 'vitest';
import { createTestApp } from './create-test-app.ts';
import { whyUnsafeBinding } from './request-guards.ts';

const TOKEN = 'a-long-random-secret-0123456789';

function createGuardedApp(access: { accessToken?: string; identityHeader?: string } = {}) {
  const { app, received } = createTestApp({
    access,
    allowedHosts: new Set(['127.0.0.1:8080', 'localhost:8080']),
  });
  const post = (headers: Record<string, string>, body = '{"Id":"700004500000"}') =>
    app.request('http://127.0.0.1:8080/api/dataworks/GetTask', {
      method: 'POST',
      headers: { host: '127.0.0.1:8080', 'content-type': 'application/json', ...headers },
      body,
    });
  return { app, post, received };
}

describe('binding', () => {
  it('allows loopback freely and anything else only with a token or an identity header', () => {
    expect(whyUnsafeBinding('127.0.0.1')).toBeUndefined();
    expect(whyUnsafeBinding('localhost')).toBeUndefined();
    expect(whyUnsafeBinding('0.0.0.0')).toMatch(/ACCESS_TOKEN/);
    expect(whyUnsafeBinding('0.0.0.0', TOKEN)).toBeUndefined();
    expect(whyUnsafeBinding('10.0.0.5', undefined, 'x-forwarded-user')).toBeUndefined();
  });
});

describe('cross-site requests', () => {
  it('passes a same-origin JSON request', async () => {
    const { post } = createGuardedApp();
    expect((await post({ origin: 'http://127.0.0.1:8080', 'sec-fetch-site': 'same-origin' })).status).toBe(
      200,
    );
  });

  it('refuses another Origin, a cross-site fetch, an opaque origin, a foreign Host and a non-JSON body', async () => {
    const { post, received } = createGuardedApp();
    expect((await post({ origin: 'https://evil.example' })).status).toBe(403);
    expect((await post({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await post({ origin: 'null' })).status).toBe(403);
    expect((await post({ host: 'rebind.evil.example:8080' })).status).toBe(403);
    expect((await post({ 'content-type': 'text/plain' })).status).toBe(415);
    expect((await post({ 'content-type': 'application/x-www-form-urlencoded' }, 'Id=1')).status).toBe(415);
    expect(received.total).toBe(0);
  });
});

describe('access token', () => {
  it('refuses a missing or wrong token and passes the right one', async () => {
    const { post, received } = createGuardedApp({ accessToken: TOKEN });
    const missing = await post({});
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({ Code: 'InvalidAccessToken' });
    expect((await post({ 'x-access-token': `${TOKEN}x` })).status).toBe(401);
    expect(received.total).toBe(0);
    expect((await post({ 'x-access-token': TOKEN })).status).toBe(200);
  });

  it('keeps /api/health open so the app can learn the target before asking for the token', async () => {
    const { app } = createGuardedApp({ accessToken: TOKEN });
    expect((await app.request('/api/health')).status).toBe(200);
  });
});

describe('trusted identity header', () => {
  it('requires the header and records who saved', async () => {
    const { post } = createGuardedApp({ identityHeader: 'x-forwarded-user' });
    expect((await post({})).status).toBe(401);
    expect((await post({ 'x-forwarded-user': 'alice@example.com' })).status).toBe(200);
  });
});
