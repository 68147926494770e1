import { type DynamicModule, type INestMicroservice, type Type } from '@nestjs/common';
import { enabledLogLevels, type LogLevel } from '@gov/config';
import { NestFactory } from '@nestjs/core';
import { GovNatsTransport, type GovNatsTransportOptions } from './gov-nats.transport';
import { GovRpcExceptionFilter } from './gov-rpc-exception.filter';

/** Creates a Nest microservice answering its contracts over NATS in the suite's wire format. */
export async function createNatsService(
  module: Type<unknown> | DynamicModule,
  options: GovNatsTransportOptions & { readonly logLevel: LogLevel },
): Promise<INestMicroservice> {
  const service = await NestFactory.createMicroservice(module, {
    strategy: new GovNatsTransport(options),
    logger: enabledLogLevels(options.logLevel),
  });
  service.useGlobalFilters(new GovRpcExceptionFilter());
  return service;
}
