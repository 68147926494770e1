/**
 * A dependency cannot be found or started, for a reason the user can fix. Its message says what
 * to do; callers print it as it is, without a stack trace.
 */
export class DependencyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DependencyError';
  }
}
