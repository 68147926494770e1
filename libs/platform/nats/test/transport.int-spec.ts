import { defineQuery, GOV_ERROR_HEADER, GovError } from '@gov/contracts';
import { testInfrastructure } from '@gov/testing';
import { Controller, type INestMicroservice, Module } from '@nestjs/common';
import { Ctx, MessagePattern, Payload } from '@nestjs/microservices';
import { Type } from '@sinclair/typebox';
import { connect, headers, type NatsConnection } from 'nats';
import { createNatsService, GovRpcContext, NatsRequester } from '../src';

// Contracts of a test-only context, so these subjects never meet a real service's.
const echo = defineQuery({
  context: 'transport-test',
  aggregate: 'echo',
  verb: 'get',
  version: 1,
  summary: 'echo',
  request: Type.Object({ text: Type.String({ minLength: 1 }) }, { additionalProperties: false }),
  reply: Type.Object({
    text: Type.String(),
    authorization: Type.Union([Type.String(), Type.Null()]),
  }),
  samples: { request: { text: 'a' }, reply: { text: 'a', authorization: null } },
});
const failing = defineQuery({
  ...{ context: 'transport-test', aggregate: 'failing', verb: 'get', version: 1, summary: 'fails' },
  request: Type.Object({
    mode: Type.Union([
      Type.Literal('gov'),
      Type.Literal('crash'),
      Type.Literal('bad-reply'),
      Type.Literal('slow'),
    ]),
  }),
  reply: Type.Object({ ok: Type.Boolean() }),
  samples: { request: { mode: 'gov' }, reply: { ok: true } },
});
const unanswered = defineQuery({
  ...{ context: 'transport-test', aggregate: 'nobody', verb: 'get', version: 1, summary: 'none' },
  request: Type.Object({}),
  reply: Type.Object({}),
  samples: { request: {}, reply: {} },
});

@Controller()
class TestHandlers {
  @MessagePattern(echo.subject)
  echo(@Payload() request: { text: string }, @Ctx() context: GovRpcContext) {
    return { text: request.text, authorization: context.getHeader('authorization') ?? null };
  }

  @MessagePattern(failing.subject)
  async fail(@Payload() request: { mode: string }): Promise<unknown> {
    switch (request.mode) {
      case 'gov':
        throw new GovError('CATALOG.DIVISION_NOT_FOUND', '没有这个区划', { code: '330199' });
      case 'bad-reply':
        return { ok: 'yes' };
      case 'slow':
        await new Promise((resolve) => setTimeout(resolve, 500));
        return { ok: true };
      default:
        throw new Error('boom');
    }
  }
}

@Module({ controllers: [TestHandlers] })
class TestModule {}

describe('the NATS request/reply layer', () => {
  let service: INestMicroservice;
  let client: NatsConnection;
  let requester: NatsRequester;

  beforeAll(async () => {
    const { natsUrl } = testInfrastructure();
    service = await createNatsService(TestModule, {
      servers: natsUrl,
      queue: 'transport-test',
      contracts: [echo, failing],
      logLevel: 'fatal',
      health: { port: 0, host: '127.0.0.1' },
    });
    await service.listen();
    client = await connect({ servers: natsUrl });
    requester = new NatsRequester(client, 2_000);
  });
  afterAll(async () => {
    await service.close();
    await client.close();
  });

  it('speaks plain JSON with metadata in headers, so any NATS client can call', async () => {
    const requestHeaders = headers();
    requestHeaders.set('authorization', 'Bearer abc');
    const reply = await client.request(echo.subject, new TextEncoder().encode('{"text":"你好"}'), {
      headers: requestHeaders,
      timeout: 2_000,
    });
    expect(reply.headers?.get(GOV_ERROR_HEADER) ?? '').toBe('');
    expect(JSON.parse(new TextDecoder().decode(reply.data))).toEqual({
      text: '你好',
      authorization: 'Bearer abc',
    });
  });

  it('rejects a request that breaks its contract before the handler sees it', async () => {
    const reply = await client.request(echo.subject, new TextEncoder().encode('{"text":""}'));
    expect(reply.headers?.get(GOV_ERROR_HEADER)).toBe('PLATFORM.VALIDATION_FAILED');
    expect(JSON.parse(new TextDecoder().decode(reply.data))).toMatchObject({
      code: 'PLATFORM.VALIDATION_FAILED',
      details: { issues: [expect.objectContaining({ path: '/text' })] },
    });
  });

  it('answers a body that is not JSON with a validation error', async () => {
    const reply = await client.request(echo.subject, new TextEncoder().encode('{oops'));
    expect(reply.headers?.get(GOV_ERROR_HEADER)).toBe('PLATFORM.VALIDATION_FAILED');
  });

  it('returns the validated reply to a requester', async () => {
    await expect(requester.request(echo, { text: 'x' })).resolves.toEqual({
      text: 'x',
      authorization: null,
    });
  });

  it('carries a service error to the requester with its code, message and details', async () => {
    const failure = requester.request(failing, { mode: 'gov' });
    await expect(failure).rejects.toBeInstanceOf(GovError);
    await expect(failure).rejects.toMatchObject({
      code: 'CATALOG.DIVISION_NOT_FOUND',
      message: '没有这个区划',
      details: { code: '330199' },
    });
  });

  it('hides an unexpected failure behind PLATFORM.INTERNAL', async () => {
    await expect(requester.request(failing, { mode: 'crash' })).rejects.toMatchObject({
      code: 'PLATFORM.INTERNAL',
      kind: 'internal',
    });
  });

  it('never lets a reply that breaks its contract leave the service', async () => {
    await expect(requester.request(failing, { mode: 'bad-reply' })).rejects.toMatchObject({
      code: 'PLATFORM.INTERNAL',
    });
  });

  it('times out with PLATFORM.TIMEOUT when the reply is late', async () => {
    await expect(
      requester.request(failing, { mode: 'slow' }, { timeoutMs: 100 }),
    ).rejects.toMatchObject({ code: 'PLATFORM.TIMEOUT', kind: 'timeout' });
  });

  it('answers PLATFORM.SERVICE_UNAVAILABLE at once when nobody listens', async () => {
    await expect(requester.request(unanswered, {})).rejects.toMatchObject({
      code: 'PLATFORM.SERVICE_UNAVAILABLE',
      kind: 'unavailable',
    });
  });

  it('refuses to send a request that breaks its contract', async () => {
    await expect(requester.request(echo, { text: '' })).rejects.toMatchObject({
      code: 'PLATFORM.VALIDATION_FAILED',
    });
  });
});

describe('a service whose handlers and contracts differ', () => {
  it('refuses to start and names the subject without a handler', async () => {
    const service = await createNatsService(TestModule, {
      servers: testInfrastructure().natsUrl,
      queue: 'transport-test-mismatch',
      contracts: [echo, failing, unanswered],
      logLevel: 'fatal',
      health: { port: 0, host: '127.0.0.1' },
    });
    await expect(service.listen()).rejects.toThrow(
      /no handler for \[gov\.qry\.transport-test\.nobody\.get\.v1\]/,
    );
    await service.close();
  });
});
