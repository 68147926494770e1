import { type Access, type RequestContract } from '@gov/contracts';
import { RequestMethod, type Type } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ACCESS, OPERATION } from '../auth/access.decorators';
import {
  API_REPLY,
  type ApiReplyOptions,
  FILE_DOWNLOAD,
  type FileDownloadOptions,
  HTML_PAGE,
} from './api-reply.decorator';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

const METHODS: Partial<Record<RequestMethod, HttpMethod>> = {
  [RequestMethod.GET]: 'get',
  [RequestMethod.POST]: 'post',
  [RequestMethod.PUT]: 'put',
  [RequestMethod.PATCH]: 'patch',
  [RequestMethod.DELETE]: 'delete',
};

/** One route of a controller, with what its decorators declare. */
export interface GatewayRoute {
  /** `DepartmentsController.create`, for messages. */
  readonly name: string;
  /** `departments.create`: stable while the controller and method keep their names. */
  readonly operationId: string;
  readonly method: HttpMethod;
  /** The OpenAPI path template, e.g. `/api/v1/departments/{id}`. */
  readonly path: string;
  readonly pathParameters: readonly string[];
  /** `@HttpCode`, else Nest's default: 201 for POST, 200 otherwise. */
  readonly status: number;
  readonly access: Access | undefined;
  readonly contract: RequestContract | undefined;
  readonly apiReply: ApiReplyOptions | undefined;
  /** `@HtmlPage`: what the page is, when the route answers HTML. */
  readonly htmlPage: string | undefined;
  /** `@FileDownload`: the file the route answers instead of JSON. */
  readonly fileDownload?: FileDownloadOptions | undefined;
}

/** Every route of these controllers, in declaration order, read from Nest's route metadata. */
export function gatewayRoutes(controllers: readonly Type<unknown>[]): GatewayRoute[] {
  return controllers.flatMap((controller) => {
    const prototype = controller.prototype as Record<string, unknown>;
    const base = pathsOf(Reflect.getMetadata(PATH_METADATA, controller));
    const classAccess = Reflect.getMetadata(ACCESS, controller) as Access | undefined;
    return Object.getOwnPropertyNames(prototype).flatMap((key) => {
      const handler = prototype[key];
      if (typeof handler !== 'function') return [];
      const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as
        RequestMethod | undefined;
      if (requestMethod === undefined) return [];
      const method = METHODS[requestMethod];
      const name = `${controller.name}.${key}`;
      if (method === undefined) throw new Error(`${name}: unsupported HTTP method`);
      const httpCode = Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined;
      return base.flatMap((prefix) =>
        pathsOf(Reflect.getMetadata(PATH_METADATA, handler)).map((suffix): GatewayRoute => {
          const segments = `${prefix}/${suffix}`.split('/').filter((segment) => segment !== '');
          return {
            name,
            operationId: `${controllerBaseName(controller)}.${key}`,
            method,
            path: `/${segments.map(toTemplateSegment).join('/')}`,
            pathParameters: segments.filter(isParameter).map((segment) => segment.slice(1)),
            status: httpCode ?? (method === 'post' ? 201 : 200),
            access: (Reflect.getMetadata(ACCESS, handler) as Access | undefined) ?? classAccess,
            contract: Reflect.getMetadata(OPERATION, handler) as RequestContract | undefined,
            apiReply: Reflect.getMetadata(API_REPLY, handler) as ApiReplyOptions | undefined,
            htmlPage: Reflect.getMetadata(HTML_PAGE, handler) as string | undefined,
            fileDownload: Reflect.getMetadata(FILE_DOWNLOAD, handler) as
              FileDownloadOptions | undefined,
          };
        }),
      );
    });
  });
}

function pathsOf(metadata: unknown): string[] {
  if (metadata === undefined) return ['/'];
  const paths: unknown[] = Array.isArray(metadata) ? metadata : [metadata];
  return paths.map((path) => {
    if (typeof path !== 'string') throw new Error('Only string route paths can be documented');
    return path;
  });
}

function isParameter(segment: string): boolean {
  return segment.startsWith(':');
}

function toTemplateSegment(segment: string): string {
  if (!isParameter(segment)) return segment;
  if (!/^:[A-Za-z][A-Za-z0-9_]*$/.test(segment)) {
    throw new Error(`Route segment ${segment}: only plain named parameters can be documented`);
  }
  return `{${segment.slice(1)}}`;
}

/** `ParkedEventsController` → `parkedEvents`. */
function controllerBaseName(controller: Type<unknown>): string {
  const base = controller.name.replace(/Controller$/, '');
  return base.charAt(0).toLowerCase() + base.slice(1);
}
