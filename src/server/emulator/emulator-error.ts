/** An error the emulator answers as DataWorks would: HTTP status, DataWorks' Code and Message. */
export class EmulatorError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'EmulatorError';
  }

  /** DataWorks names the refused parameter in its message: `Invalid parameter Trigger.Cron: …`. */
  static invalidParameter(parameter: string, message: string): EmulatorError {
    return new EmulatorError(400, 'InvalidParameter', `Invalid parameter ${parameter}: ${message}`);
  }
}
