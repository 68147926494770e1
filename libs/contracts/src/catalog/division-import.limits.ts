import { GovError } from '../errors/gov-error';

/**
 * The largest code list one import takes, in UTF-8 bytes. A request on NATS must stay under the
 * server's 1 MB `max_payload`, with room for the other fields and headers; a larger list is split
 * (a province or a city at a time).
 */
export const DIVISION_IMPORT_MAX_CONTENT_BYTES = 900 * 1024;

/** Refuses (413 PLATFORM.PAYLOAD_TOO_LARGE) a list too large for one import, saying what to do. */
export function assertDivisionListFits(content: string): void {
  const bytes = new TextEncoder().encode(content).length;
  if (bytes <= DIVISION_IMPORT_MAX_CONTENT_BYTES) return;
  throw new GovError(
    'PLATFORM.PAYLOAD_TOO_LARGE',
    `代码表为 ${Math.ceil(bytes / 1024)} KB，超过单次导入上限 ` +
      `${DIVISION_IMPORT_MAX_CONTENT_BYTES / 1024} KB（一条消息约 1 MB）：请按省或地市拆分后分次导入`,
    { limitBytes: DIVISION_IMPORT_MAX_CONTENT_BYTES, bytes },
  );
}
