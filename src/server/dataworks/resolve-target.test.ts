import { describe, expect, it } from 'vitest';
import { readServerEnv } from '../env.ts';
import { findCredentialSource, resolveEndpoint, resolveRegion, resolveTarget } from './resolve-target.ts';

const noFiles = () => false;

describe('resolveTarget', () => {
  it('uses the embedded emulator when no credential is configured anywhere', async () => {
    expect(await resolveTarget(readServerEnv({ HOME: '/nonexistent' }), noFiles)).toEqual({
      kind: 'emulator',
    });
  });

  it('uses DataWorks with environment credentials, a region and a project', async () => {
    const target = await resolveTarget(
      readServerEnv({
        ALIBABA_CLOUD_ACCESS_KEY_ID: 'AK',
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'SK',
        DATAWORKS_REGION: 'cn-shanghai',
        DATAWORKS_PROJECT_ID: '100',
      }),
      noFiles,
    );
    expect(target.kind).toBe('aliyun');
    if (target.kind !== 'aliyun') return;
    expect(target.endpoint.href).toBe('https://dataworks.cn-shanghai.aliyuncs.com/');
    expect(target.credentialSource).toBe('environment');
  });

  it('refuses credentials without a project or an endpoint, saying which setting is missing', async () => {
    const env = { ALIBABA_CLOUD_ACCESS_KEY_ID: 'AK', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'SK' };
    await expect(resolveTarget(readServerEnv(env), noFiles)).rejects.toThrow(/DATAWORKS_REGION/);
    await expect(
      resolveTarget(readServerEnv({ ...env, DATAWORKS_REGION: 'cn-hangzhou' }), noFiles),
    ).rejects.toThrow(/DATAWORKS_PROJECT_ID/);
  });

  it('DATAWORKS_TARGET=emulator wins over configured credentials', async () => {
    const env = readServerEnv({
      ALIBABA_CLOUD_ACCESS_KEY_ID: 'AK',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'SK',
      DATAWORKS_TARGET: 'emulator',
    });
    expect(await resolveTarget(env, noFiles)).toEqual({ kind: 'emulator' });
  });
});

describe('findCredentialSource', () => {
  it('finds the STS token, the CLI profile and the shared credentials file', () => {
    expect(
      findCredentialSource(
        readServerEnv({
          ALIBABA_CLOUD_ACCESS_KEY_ID: 'a',
          ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'b',
          ALIBABA_CLOUD_SECURITY_TOKEN: 't',
        }),
        noFiles,
      ),
    ).toBe('environment (STS token)');
    expect(
      findCredentialSource(readServerEnv({ HOME: '/h' }), (p) => p === '/h/.aliyun/config.json'),
    ).toMatch(/CLI profile/);
    expect(
      findCredentialSource(readServerEnv({ HOME: '/h' }), (p) => p === '/h/.alibabacloud/credentials'),
    ).toMatch(/credentials file/);
  });
});

describe('resolveRegion', () => {
  it('is DATAWORKS_REGION, else the region in the endpoint host, else unknown', () => {
    expect(resolveRegion({ DATAWORKS_REGION: 'cn-hangzhou' })).toBe('cn-hangzhou');
    expect(resolveRegion({ DATAWORKS_ENDPOINT: 'dataworks-vpc.cn-beijing.aliyuncs.com' })).toBe('cn-beijing');
    expect(resolveRegion({ DATAWORKS_ENDPOINT: 'https://dataworks.ap-southeast-1.aliyuncs.com' })).toBe(
      'ap-southeast-1',
    );
    expect(resolveRegion({ DATAWORKS_ENDPOINT: 'http://127.0.0.1:9000' })).toBeUndefined();
  });
});

describe('resolveEndpoint', () => {
  it('takes a host, a URL or a region', () => {
    expect(resolveEndpoint({ DATAWORKS_ENDPOINT: 'dataworks-vpc.cn-beijing.aliyuncs.com' })?.href).toBe(
      'https://dataworks-vpc.cn-beijing.aliyuncs.com/',
    );
    expect(resolveEndpoint({ DATAWORKS_ENDPOINT: 'http://127.0.0.1:9000' })?.href).toBe(
      'http://127.0.0.1:9000/',
    );
    expect(resolveEndpoint({ DATAWORKS_REGION: 'ap-southeast-1' })?.host).toBe(
      'dataworks.ap-southeast-1.aliyuncs.com',
    );
  });

  it('refuses a malformed region', () => {
    expect(() => readServerEnv({ DATAWORKS_REGION: 'cn hangzhou' })).toThrow(
      /DATAWORKS_REGION: must be a region ID/,
    );
  });
});
