import {
  GOV_ERROR_HEADER,
  GovError,
  Headers,
  JSON_CONTENT_TYPE,
  ReplyErrorSchema,
  validate,
} from '@gov/contracts';
import { headers as natsHeaders, type MsgHdrs } from 'nats';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The plain-JSON wire format of DESIGN.md §2: the payload is the body, metadata are headers. */
export function encodeJson(value: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(value));
}

/** Parses a JSON body; a body that is not JSON is the caller's validation error. */
export function decodeJson(data: Uint8Array): unknown {
  const text = decoder.decode(data);
  try {
    return text.length === 0 ? undefined : (JSON.parse(text) as unknown);
  } catch {
    throw new GovError('PLATFORM.VALIDATION_FAILED', '请求内容不是有效的 JSON');
  }
}

/** NATS headers from a plain record; `content-type` is always JSON. */
export function toNatsHeaders(values: Readonly<Record<string, string | undefined>> = {}): MsgHdrs {
  const result = natsHeaders();
  result.set(Headers.contentType, JSON_CONTENT_TYPE);
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined) result.set(name, value);
  }
  return result;
}

/** An error reply: header `gov-error: <code>` and body `{ code, message, details? }`. */
export function encodeErrorReply(
  error: GovError,
  extraHeaders: Readonly<Record<string, string>> = {},
): { data: Uint8Array; headers: MsgHdrs } {
  return {
    data: encodeJson(error.toReply()),
    headers: toNatsHeaders({ ...extraHeaders, [GOV_ERROR_HEADER]: error.code }),
  };
}

/** Rebuilds the error of an error reply; a malformed one still yields an error naming the code. */
export function decodeErrorReply(code: string, data: Uint8Array): GovError {
  const body = validate(ReplyErrorSchema, safeDecode(data));
  return GovError.fromReply(
    body.ok ? body.value : { code, message: `Malformed error reply (${code})` },
  );
}

function safeDecode(data: Uint8Array): unknown {
  try {
    return decodeJson(data);
  } catch {
    return undefined;
  }
}
