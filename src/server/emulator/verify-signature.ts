import { timingSafeEqual } from 'node:crypto';
import { computeSignature, SIGNATURE_ALGORITHM, sha256Hex } from '../dataworks/sign-request.ts';

// The checks Alibaba Cloud's gateway makes on a V3-signed request, with its error codes
// (reference/dataworks-api.md §8.3): a request failing one of them never reaches an action.

export const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

export interface ReceivedRequest {
  method: string;
  query: Record<string, string>;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  body: Uint8Array;
}

export interface GatewayRejection {
  status: number;
  Code: string;
  Message: string;
}

export interface VerifyContext {
  secretOf: (accessKeyId: string) => string | undefined;
  now: Date;
  /** Returns false when the nonce was already used within the clock-skew window. */
  claimNonce: (nonce: string, now: Date) => boolean;
}

const REQUIRED_SIGNED = [
  'host',
  'x-acs-action',
  'x-acs-content-sha256',
  'x-acs-date',
  'x-acs-signature-nonce',
  'x-acs-version',
];
const AUTHORIZATION =
  /^ACS3-HMAC-SHA256 Credential=([^,\s]+),SignedHeaders=([a-z0-9;-]+),Signature=([0-9a-f]{64})$/;

function reject(status: number, Code: string, Message: string): GatewayRejection {
  return { status, Code, Message };
}

export function verifySignature(
  request: ReceivedRequest,
  context: VerifyContext,
): GatewayRejection | { accessKeyId: string } {
  const authorization = request.headers.authorization;
  if (!authorization) return reject(400, 'MissingAuthorization', 'The Authorization header is missing.');
  const match = AUTHORIZATION.exec(authorization);
  if (!match)
    return reject(
      400,
      'IncompleteSignature',
      `The request signature does not conform to Aliyun standards: expected "${SIGNATURE_ALGORITHM} Credential=...,SignedHeaders=...,Signature=...".`,
    );
  const [, accessKeyId = '', signedHeaderList = '', signature = ''] = match;

  const secret = context.secretOf(accessKeyId);
  if (secret === undefined)
    return reject(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.');

  const signedNames = signedHeaderList.split(';');
  const unsignedAcs = Object.keys(request.headers).filter(
    (n) => n.startsWith('x-acs-') && !signedNames.includes(n),
  );
  const missing = REQUIRED_SIGNED.filter((n) => !signedNames.includes(n) || request.headers[n] === undefined);
  if (missing.length > 0 || unsignedAcs.length > 0)
    return reject(
      400,
      'IncompleteSignature',
      `The request signature does not conform to Aliyun standards: ${missing.length ? `missing signed headers ${missing.join(', ')}` : `unsigned headers ${unsignedAcs.join(', ')}`}.`,
    );

  const date = request.headers['x-acs-date'] ?? '';
  const sentAt = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(date) ? Date.parse(date) : Number.NaN;
  if (Number.isNaN(sentAt))
    return reject(
      400,
      'InvalidTimeStamp.Format',
      `Specified x-acs-date "${date}" is not in the format yyyy-MM-ddTHH:mm:ssZ.`,
    );
  if (Math.abs(context.now.getTime() - sentAt) > MAX_CLOCK_SKEW_MS)
    return reject(
      400,
      'InvalidTimeStamp.Expired',
      `Specified time stamp or date value is expired: ${date} is more than 15 minutes from the server time ${context.now.toISOString()}.`,
    );

  if (request.headers['x-acs-content-sha256'] !== sha256Hex(request.body))
    return reject(
      400,
      'SignatureDoesNotMatch',
      'Specified signature is not matched with our calculation: x-acs-content-sha256 is not the SHA-256 of the body received.',
    );

  const signedHeaders = Object.fromEntries(signedNames.map((n) => [n, request.headers[n] ?? '']));
  const expected = computeSignature(
    { method: request.method, query: request.query, headers: signedHeaders, body: request.body },
    accessKeyId,
    secret,
  );
  if (!timingSafeEqual(Buffer.from(expected.signature), Buffer.from(signature)))
    return reject(
      400,
      'SignatureDoesNotMatch',
      `Specified signature is not matched with our calculation. server string to sign is: ${expected.stringToSign}`,
    );

  if (!context.claimNonce(request.headers['x-acs-signature-nonce'] ?? '', context.now))
    return reject(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.');
  return { accessKeyId };
}

/** Remembers nonces for the clock-skew window: a replay within it is refused, older ones fail the date check. */
export function createNonceRegistry() {
  const seen = new Map<string, number>();
  let pruneAt = 10_000;
  return (nonce: string, now: Date): boolean => {
    const t = now.getTime();
    if (seen.size > pruneAt) {
      for (const [n, at] of seen) if (t - at > MAX_CLOCK_SKEW_MS) seen.delete(n);
      pruneAt = Math.max(10_000, seen.size * 2);
    }
    const at = seen.get(nonce);
    if (at !== undefined && t - at <= MAX_CLOCK_SKEW_MS) return false;
    seen.set(nonce, t);
    return true;
  };
}
