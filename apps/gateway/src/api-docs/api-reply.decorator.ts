import { type ErrorCode } from '@gov/contracts';
import { SetMetadata } from '@nestjs/common';
import { type TSchema } from '@sinclair/typebox';

export const API_REPLY = Symbol('API_REPLY');

/** Another answer of a gateway route than its success and the error codes (e.g. health's 503). */
export interface ApiAlternateReply {
  readonly description: string;
  readonly schema: TSchema;
}

/** How the API document describes a route of the gateway's own (one without a request contract). */
export interface ApiReplyOptions {
  /** One line, Chinese first, as contract summaries are. */
  readonly summary: string;
  readonly description?: string;
  /** The success reply; a schema with `$id` becomes a named component. */
  readonly reply: TSchema;
  /** Stable operationId; `<controller>.<method>` when absent. */
  readonly operationId?: string;
  readonly tag?: string;
  /** The codes this route itself answers, beside the platform's. */
  readonly errors?: readonly ErrorCode[];
  /** Answers by status that are not problem documents. */
  readonly alternateReplies?: Readonly<Record<number, ApiAlternateReply>>;
}

/**
 * Describes a route of the gateway's own for the OpenAPI document; routes forwarding a contract
 * carry `@Operation(contract)` instead, which already says all of this.
 */
export const ApiReply = (options: ApiReplyOptions) => SetMetadata(API_REPLY, options);

export const HTML_PAGE = Symbol('HTML_PAGE');

/**
 * A route forwarding a contract that answers a page for people rather than the contract's JSON
 * (e.g. a printable notice, taken from the reply's `html`): the document says `text/html`.
 */
export const HtmlPage = (description: string) => SetMetadata(HTML_PAGE, description);

export const FILE_DOWNLOAD = Symbol('FILE_DOWNLOAD');

/** What a route answering a file says of it: its media type and what it holds. */
export interface FileDownloadOptions {
  readonly mediaType: string;
  readonly description: string;
}

/**
 * A route forwarding a contract that answers the contract's reply as a file to download (e.g. a
 * report as CSV for Excel) rather than as JSON: the document says so, with the media type.
 */
export const FileDownload = (options: FileDownloadOptions) => SetMetadata(FILE_DOWNLOAD, options);
