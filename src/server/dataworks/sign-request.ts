import { createHash, createHmac } from 'node:crypto';

// Alibaba Cloud "Request syntax and signature method V3" (ACS3-HMAC-SHA256):
// https://www.alibabacloud.com/help/en/sdk/product-overview/v3-request-structure-and-signature
export const SIGNATURE_ALGORITHM = 'ACS3-HMAC-SHA256';
export const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

export interface SigningCredentials {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
}

export interface RequestToSign {
  method: string;
  /** Query parameters, unencoded. */
  query: Record<string, string>;
  /** Headers as they will be sent; names in any case. `host` must be present. */
  headers: Record<string, string>;
  /** The exact body bytes (or text) that will be sent; empty for none. */
  body: string | Uint8Array;
}

export interface SignedParts {
  canonicalRequest: string;
  stringToSign: string;
  signedHeaders: string;
  signature: string;
  authorization: string;
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** RFC 3986 percent-encoding as the V3 canonical query string requires (space %20, `*` %2A, `~` kept). */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

export function toCanonicalQueryString(query: Record<string, string>): string {
  return Object.keys(query)
    .sort()
    .map((name) => `${percentEncode(name)}=${percentEncode(query[name] ?? '')}`)
    .join('&');
}

function isSignedHeader(lowerName: string): boolean {
  return lowerName === 'host' || lowerName === 'content-type' || lowerName.startsWith('x-acs-');
}

/** Computes every step of the V3 signature; pure, so the emulator can verify with the same steps. */
export function computeSignature(
  request: RequestToSign,
  accessKeyId: string,
  accessKeySecret: string,
): SignedParts {
  const headers = new Map<string, string>();
  for (const [name, value] of Object.entries(request.headers)) {
    const lower = name.toLowerCase();
    if (isSignedHeader(lower)) headers.set(lower, value.trim());
  }
  const names = [...headers.keys()].sort();
  const canonicalHeaders = names.map((n) => `${n}:${headers.get(n)}\n`).join('');
  const signedHeaders = names.join(';');
  const canonicalRequest = [
    request.method.toUpperCase(),
    '/',
    toCanonicalQueryString(request.query),
    canonicalHeaders,
    signedHeaders,
    sha256Hex(request.body),
  ].join('\n');
  const stringToSign = `${SIGNATURE_ALGORITHM}\n${sha256Hex(canonicalRequest)}`;
  const signature = createHmac('sha256', accessKeySecret).update(stringToSign).digest('hex');
  const authorization = `${SIGNATURE_ALGORITHM} Credential=${accessKeyId},SignedHeaders=${signedHeaders},Signature=${signature}`;
  return { canonicalRequest, stringToSign, signedHeaders, signature, authorization };
}

export interface SignInput {
  method: 'GET' | 'POST';
  host: string;
  action: string;
  version: string;
  query: Record<string, string>;
  body: string;
  contentType?: string;
  /** `yyyy-MM-ddTHH:mm:ssZ`, UTC. */
  date: string;
  nonce: string;
}

/**
 * Builds the headers of a V3-signed request, Authorization included. Pure: the date and nonce come in,
 * so the official worked example reproduces byte for byte.
 */
export function signRequest(input: SignInput, credentials: SigningCredentials): Record<string, string> {
  const headers: Record<string, string> = {
    host: input.host,
    'x-acs-action': input.action,
    'x-acs-version': input.version,
    'x-acs-date': input.date,
    'x-acs-signature-nonce': input.nonce,
    'x-acs-content-sha256': sha256Hex(input.body),
  };
  if (input.contentType) headers['content-type'] = input.contentType;
  if (credentials.securityToken) {
    headers['x-acs-accesskey-id'] = credentials.accessKeyId;
    headers['x-acs-security-token'] = credentials.securityToken;
  }
  const { authorization } = computeSignature(
    { method: input.method, query: input.query, headers, body: input.body },
    credentials.accessKeyId,
    credentials.accessKeySecret,
  );
  return { ...headers, authorization };
}

/** `2023-10-26T10:22:32Z`: the x-acs-date format (no milliseconds). */
export function formatAcsDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
