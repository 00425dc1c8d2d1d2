import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import OpenApi, { $OpenApiUtil } from '@alicloud/openapi-core';
import { RuntimeOptions } from '@darabonba/typescript';
import { describe, expect, it } from 'vitest';
import {
  computeSignature,
  EMPTY_BODY_SHA256,
  percentEncode,
  sha256Hex,
  signRequest,
} from './sign-request.ts';

// reference/dataworks-api.md §10.2: the worked example of Alibaba's V3 signature documentation.
describe('the official documentation example', () => {
  const headers = signRequest(
    {
      method: 'POST',
      host: 'ecs.cn-shanghai.aliyuncs.com',
      action: 'RunInstances',
      version: '2014-05-26',
      query: { ImageId: 'win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd', RegionId: 'cn-shanghai' },
      body: '',
      date: '2023-10-26T10:22:32Z',
      nonce: '3156853299f313e23d1673dc12e1703d',
    },
    { accessKeyId: 'YourAccessKeyId', accessKeySecret: 'YourAccessKeySecret' },
  );

  it('reproduces the published Authorization header', () => {
    expect(headers.authorization).toBe(
      'ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0',
    );
  });

  it('hashes the published canonical request', () => {
    const { authorization: _, ...unsigned } = headers;
    const parts = computeSignature(
      {
        method: 'POST',
        query: { RegionId: 'cn-shanghai', ImageId: 'win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd' },
        headers: unsigned,
        body: '',
      },
      'YourAccessKeyId',
      'YourAccessKeySecret',
    );
    expect(sha256Hex(parts.canonicalRequest)).toBe(
      '7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259',
    );
    expect(headers['x-acs-content-sha256']).toBe(EMPTY_BODY_SHA256);
  });
});

// reference/captured-updatetask-request.txt §1 and §7: an UpdateTask form body made by the official client.
export const CAPTURED_UPDATE_TASK_BODY =
  'Id=1234&Name=SQL%E8%8A%82%E7%82%B9%20demo&Owner=1000&RerunMode=AllAllowed&RerunTimes=3&RerunInterval=60000&Timeout=3600&Script=%7B%22Parameters%22%3A%22para1%3D%24bizdate%22%7D&Trigger=%7B%22Type%22%3A%22Scheduler%22%2C%22Cron%22%3A%2200%2000%2000%20*%20*%20%3F%22%2C%22StartTime%22%3A%221970-01-01%2000%3A00%3A00%22%2C%22EndTime%22%3A%229999-01-01%2000%3A00%3A00%22%2C%22Recurrence%22%3A%22Normal%22%7D&Dependencies=%5B%7B%22Type%22%3A%22Normal%22%2C%22UpstreamOutput%22%3A%22pre.odps_sql_demo_0%22%7D%2C%7B%22Type%22%3A%22CrossCycleDependsOnOtherNode%22%2C%22UpstreamTaskId%22%3A5678%7D%5D&Inputs=%7B%22Variables%22%3A%5B%7B%22Name%22%3A%22key1%22%2C%22Type%22%3A%22Constant%22%2C%22Value%22%3A%22value1%22%7D%5D%7D';

describe('the UpdateTask test vector of the reference', () => {
  it('reproduces the body hash and signature', () => {
    const headers = signRequest(
      {
        method: 'POST',
        host: 'dataworks.cn-hangzhou.aliyuncs.com',
        action: 'UpdateTask',
        version: '2024-05-18',
        query: {},
        body: CAPTURED_UPDATE_TASK_BODY,
        contentType: 'application/x-www-form-urlencoded',
        date: '2025-01-01T00:00:00Z',
        nonce: '0123456789abcdef0123456789abcdef',
      },
      { accessKeyId: 'LTAI_DUMMY_KEY_ID', accessKeySecret: 'DUMMY_SECRET_DO_NOT_USE' },
    );
    expect(headers['x-acs-content-sha256']).toBe(
      '855db5b2ebddbe79bf262640fdf7d5bcdaf93b3d6f81710825f5605eefd1c549',
    );
    expect(headers.authorization).toBe(
      'ACS3-HMAC-SHA256 Credential=LTAI_DUMMY_KEY_ID,SignedHeaders=content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=5786abb7da17f6c8c7d0ab5e80e3bd01b51e56b95432c7d9259858182e04e23d',
    );
  });

  it('signs the STS token and its key id when a security token is present', () => {
    const headers = signRequest(
      {
        method: 'GET',
        host: 'h',
        action: 'GetTask',
        version: '2024-05-18',
        query: { Id: '1' },
        body: '',
        date: '2025-01-01T00:00:00Z',
        nonce: 'n',
      },
      { accessKeyId: 'AK', accessKeySecret: 'S', securityToken: 'TOKEN' },
    );
    expect(headers['x-acs-security-token']).toBe('TOKEN');
    expect(headers.authorization).toContain('x-acs-accesskey-id;x-acs-action');
    expect(headers.authorization).toContain('x-acs-security-token;x-acs-signature-nonce');
  });
});

describe('percentEncode', () => {
  it('follows RFC 3986 as the canonical query string requires', () => {
    expect(percentEncode("a b*c~d!'()")).toBe('a%20b%2Ac~d%21%27%28%29');
    expect(percentEncode('节')).toBe('%E8%8A%82');
  });
});

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => resolve(body));
  });
}

describe("a request made by Alibaba Cloud's official client", () => {
  it('verifies under our signer, for a form POST and a query GET', async () => {
    const seen: { method: string; url: string; headers: Record<string, string>; body: string }[] = [];
    const server = createServer((req, res) => {
      void readBody(req).then((body) => {
        seen.push({
          method: req.method ?? '',
          url: req.url ?? '',
          headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])),
          body,
        });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"RequestId":"R","Success":true}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const client = new OpenApi(
      new $OpenApiUtil.Config({
        accessKeyId: 'LTAI_DUMMY_KEY_ID',
        accessKeySecret: 'DUMMY_SECRET_DO_NOT_USE',
        endpoint: `127.0.0.1:${port}`,
        protocol: 'HTTP',
        regionId: 'cn-hangzhou',
      }),
    );
    const params = (action: string, method: string) =>
      new $OpenApiUtil.Params({
        action,
        version: '2024-05-18',
        protocol: 'HTTPS',
        pathname: '/',
        method,
        authType: 'AK',
        style: 'RPC',
        reqBodyType: 'formData',
        bodyType: 'json',
      });
    try {
      await client.callApi(
        params('UpdateTask', 'POST'),
        new $OpenApiUtil.OpenApiRequest({
          body: { Id: 1234, Name: 'SQL节点 demo *', Trigger: '{"Cron":"00 00 00 * * ?"}' },
        }),
        new RuntimeOptions({}),
      );
      await client.callApi(
        params('GetTask', 'GET'),
        new $OpenApiUtil.OpenApiRequest({ query: { Id: '1234', ProjectEnv: 'Prod' } }),
        new RuntimeOptions({}),
      );
    } finally {
      server.close();
    }
    expect(seen).toHaveLength(2);
    for (const request of seen) {
      const url = new URL(request.url, 'http://x');
      const parts = computeSignature(
        {
          method: request.method,
          query: Object.fromEntries(url.searchParams),
          headers: request.headers,
          body: request.body,
        },
        'LTAI_DUMMY_KEY_ID',
        'DUMMY_SECRET_DO_NOT_USE',
      );
      expect(request.headers.authorization).toBe(parts.authorization);
    }
    expect(seen[1]?.url).toBe('/?Id=1234&ProjectEnv=Prod');
  });
});
