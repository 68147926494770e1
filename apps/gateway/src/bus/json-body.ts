import { GovError } from '@gov/contracts';

/** The request body as a JSON object; anything else is the caller's validation error. */
export function jsonObjectBody(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new GovError(
      'PLATFORM.VALIDATION_FAILED',
      '请求体应为 JSON 对象（Content-Type: application/json）',
    );
  }
  return body as Record<string, unknown>;
}
