import { ServiceAccountTokens } from '@gov/auth';
import { loadConfig, natsServiceFragment } from '@gov/config';
import { defineQuery, GOV_ERROR_HEADER, GovError, publicAccess, rolesAccess } from '@gov/contracts';
import { testInfrastructure, userToken } from '@gov/testing';
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
  access: publicAccess,
  request: Type.Object({ text: Type.String({ minLength: 1 }) }, { additionalProperties: false }),
  reply: Type.Object({
    text: Type.String(),
    authorization: Type.Union([Type.String(), Type.Null()]),
  }),
  samples: { request: { text: 'a' }, reply: { text: 'a', authorization: null } },
});
const failing = defineQuery({
  ...{ context: 'transport-test', aggregate: 'failing', verb: 'get', version: 1, summary: 'fails' },
  access: publicAccess,
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
  access: publicAccess,
  request: Type.Object({}),
  reply: Type.Object({}),
  samples: { request: {}, reply: {} },
});

const opsOnly = defineQuery({
  ...{ context: 'transport-test', aggregate: 'ops', verb: 'get', version: 1, summary: 'ops only' },
  access: rolesAccess('ops'),
  request: Type.Object({}),
  reply: Type.Object({ caller: Type.String(), division: Type.Union([Type.String(), Type.Null()]) }),
  samples: { request: {}, reply: { caller: 'zj-ops', division: '330000000000' } },
});

/** The service's configuration as a deployment would give it, pointed at the test run's servers. */
function serviceConfig() {
  const { natsUrl, oidcIssuer } = testInfrastructure();
  return loadConfig(natsServiceFragment('cases'), {
    NATS_URL: natsUrl,
    OIDC_ISSUER: oidcIssuer,
    HEALTH_PORT: '0',
    LOG_LEVEL: 'fatal',
  });
}

@Controller()
class TestHandlers {
  @MessagePattern(opsOnly.subject)
  ops(@Ctx() context: GovRpcContext) {
    const caller = context.requirePrincipal();
    return { caller: caller.username, division: caller.division };
  }

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
      queue: 'transport-test',
      contracts: [echo, failing, opsOnly],
      config: serviceConfig(),
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

  describe('on a request whose contract admits roles', () => {
    /** Sends straight to the bus, as any NATS client could, and returns the error code or reply. */
    async function sendBare(authorization?: string): Promise<unknown> {
      const requestHeaders = headers();
      if (authorization !== undefined) requestHeaders.set('authorization', authorization);
      const reply = await client.request(opsOnly.subject, new TextEncoder().encode('{}'), {
        headers: requestHeaders,
        timeout: 5_000,
      });
      return (
        reply.headers?.get(GOV_ERROR_HEADER) || JSON.parse(new TextDecoder().decode(reply.data))
      );
    }

    it('refuses a request sent to the bus without a token', async () => {
      expect(await sendBare()).toBe('AUTH.TOKEN_MISSING');
    });

    it('refuses a token the realm did not sign', async () => {
      const [header, payload] = (await userToken('zj-ops')).split('.');
      expect(await sendBare(`Bearer ${header}.${payload}.c2lnbmF0dXJl`)).toBe('AUTH.TOKEN_INVALID');
    });

    it('refuses a valid token without an admitted role', async () => {
      expect(await sendBare(`Bearer ${await userToken('sc-clerk')}`)).toBe(
        'AUTH.ROLE_NOT_ADMITTED',
      );
    });

    it('hands the verified caller to the handler', async () => {
      expect(await sendBare(`Bearer ${await userToken('zj-ops')}`)).toEqual({
        caller: 'zj-ops',
        division: '330000000000',
      });
    });
  });

  it("gets the service's own service-account token from the realm, once while it is fresh", async () => {
    const config = serviceConfig();
    const tokens = new ServiceAccountTokens({
      issuer: config.oidcIssuer,
      clientId: config.serviceClientId,
      clientSecret: config.serviceClientSecret,
    });
    const first = await tokens.token();
    const [, payload] = first.split('.');
    expect(JSON.parse(Buffer.from(payload ?? '', 'base64url').toString())).toMatchObject({
      azp: 'svc-cases',
      aud: 'gateway',
    });
    expect(await tokens.token()).toBe(first);
  });

  it('names the client when the service account is refused', async () => {
    const tokens = new ServiceAccountTokens({
      issuer: testInfrastructure().oidcIssuer,
      clientId: 'svc-cases',
      clientSecret: 'not-the-secret',
    });
    await expect(tokens.token()).rejects.toThrow(/svc-cases.*OIDC_CLIENT_SECRET/);
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
      queue: 'transport-test-mismatch',
      contracts: [echo, failing, opsOnly, unanswered],
      config: serviceConfig(),
    });
    await expect(service.listen()).rejects.toThrow(
      /no handler for \[gov\.qry\.transport-test\.nobody\.get\.v1\]/,
    );
    await service.close();
  });
});
