import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { type GovRpcContext } from './gov-rpc.context';

/** The handler parameter holding the verified caller of a request whose contract admits roles. */
export const Caller = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  context.switchToRpc().getContext<GovRpcContext>().requirePrincipal(),
);
