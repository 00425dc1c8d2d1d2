/** A failure answered by DataWorks (or met on the way to it), with DataWorks' own error fields. */
export class DataWorksError extends Error {
  readonly code: string;
  readonly status: number;
  readonly requestId: string | undefined;
  readonly body: Record<string, unknown>;

  constructor(status: number, body: Record<string, unknown>) {
    const code = typeof body.Code === 'string' ? body.Code : `Http${status}`;
    const message = typeof body.Message === 'string' ? body.Message : `DataWorks answered HTTP ${status}`;
    super(`${code}: ${message}`);
    this.name = 'DataWorksError';
    this.code = code;
    this.status = status;
    this.requestId = typeof body.RequestId === 'string' ? body.RequestId : undefined;
    this.body = body;
  }

  get isThrottling(): boolean {
    return this.code.includes('Throttling');
  }
}

/** The error body the proxy answers with when DataWorks itself could not be reached in time. */
export function toGatewayErrorBody(code: 'UpstreamTimeout' | 'UpstreamUnavailable', detail: string) {
  return {
    Code: code,
    Message:
      code === 'UpstreamTimeout'
        ? `DataWorks did not answer in time (${detail}). Nothing is known to have changed; your edit is kept.`
        : `DataWorks could not be reached (${detail}). Your edit is kept.`,
  };
}
