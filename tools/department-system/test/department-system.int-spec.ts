import {
  GOV_ERROR_HEADER,
  validate,
  VerificationErrorReplySchema,
  VerificationReplySchema,
  verificationSubject,
  type VerificationKind,
  type VerificationRequest,
} from '@gov/contracts';
import { residentIdCheckCharacter } from '@gov/identifiers';
import { testInfrastructure } from '@gov/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { connect, ErrorCode, NatsError, type Msg, type NatsConnection } from 'nats';

const repoRoot = resolve(__dirname, '../../..');
const validId = (first17: string) => first17 + residentIdCheckCharacter(first17);

// The sample department system as its own process on the run's nats-server, called with a plain
// `nats` connection as any other system would. Nothing is faked.
describe('the sample department system, as a process on NATS', () => {
  const { natsUrl } = testInfrastructure();
  let child: ChildProcess;
  let output = '';
  let nc: NatsConnection;

  beforeAll(async () => {
    child = spawn(
      process.execPath,
      ['--conditions=@gov/source', '-r', '@swc-node/register', 'tools/department-system/main.ts'],
      { cwd: repoRoot, env: { ...process.env, NATS_URL: natsUrl }, stdio: 'pipe' },
    );
    const collect = (chunk: Buffer) => (output += chunk.toString('utf8'));
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    await waitForOutput(/department-system: answering .*certificate-verify\.v1/);
    nc = await connect({ servers: natsUrl });
  }, 60_000);

  afterAll(async () => {
    await nc?.close();
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  async function waitForOutput(pattern: RegExp): Promise<void> {
    const deadline = Date.now() + 50_000;
    while (!pattern.test(output)) {
      if (child.exitCode !== null) throw new Error(`it exited before ${pattern}:\n${output}`);
      if (Date.now() > deadline) throw new Error(`no ${pattern}:\n${output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  function verificationRequest(
    kind: VerificationKind,
    subject: VerificationRequest['subject'],
  ): VerificationRequest {
    return {
      requestId: randomUUID(),
      kind,
      subject,
      requestedBy: '330102-20260302-00000001',
      requestedAt: new Date().toISOString(),
    };
  }

  function send(subject: string, body: unknown, timeout = 5_000): Promise<Msg> {
    return nc.request(subject, new TextEncoder().encode(JSON.stringify(body)), { timeout });
  }

  async function verify(system: string, request: VerificationRequest): Promise<unknown> {
    const reply = await send(verificationSubject(system, request.kind), request);
    expect(reply.headers?.get(GOV_ERROR_HEADER) ?? '').toBe('');
    const body: unknown = reply.json();
    expect(validate(VerificationReplySchema, body).ok).toBe(true);
    return body;
  }

  it('answers identity requests of public-security by the sample rule', async () => {
    const request = verificationRequest('identity', {
      idNumber: validId('33010219900101001'),
      name: '张三',
    });
    expect(await verify('public-security', request)).toMatchObject({
      requestId: request.requestId,
      outcome: 'verified',
      detail: '身份信息一致',
      system: 'public-security',
    });
    const unknown = verificationRequest('identity', { idNumber: validId('33010219900101999') });
    expect(await verify('public-security', unknown)).toMatchObject({ outcome: 'not-found' });
    const otherName = verificationRequest('identity', {
      idNumber: validId('33010219900101001'),
      name: '不一致',
    });
    expect(await verify('public-security', otherName)).toMatchObject({ outcome: 'mismatch' });
  });

  it('answers licence and certificate requests of market-regulation', async () => {
    const licence = verificationRequest('licence', { documentNumber: 'ZJ-2026-000123' });
    expect(await verify('market-regulation', licence)).toMatchObject({
      requestId: licence.requestId,
      outcome: 'verified',
      system: 'market-regulation',
    });
    const certificate = verificationRequest('certificate', { documentNumber: 'HZ-1' });
    expect(await verify('market-regulation', certificate)).toMatchObject({
      outcome: 'not-found',
    });
  });

  it('answers an invalid request with a gov-error reply naming INVALID_REQUEST', async () => {
    const subject = verificationSubject('public-security', 'identity');
    const reply = await send(subject, { requestId: 'nope', kind: 'identity' });
    expect(reply.headers?.get(GOV_ERROR_HEADER)).toBe('INVALID_REQUEST');
    const body: unknown = reply.json();
    expect(validate(VerificationErrorReplySchema, body).ok).toBe(true);
    expect(body).toMatchObject({ code: 'INVALID_REQUEST' });

    const notJson = await nc.request(subject, new TextEncoder().encode('{'), { timeout: 5_000 });
    expect(notJson.headers?.get(GOV_ERROR_HEADER)).toBe('INVALID_REQUEST');
  });

  it('lets a caller time out on a slow answer while it answers others at once', async () => {
    const slow = send(
      verificationSubject('market-regulation', 'licence'),
      verificationRequest('licence', { documentNumber: 'SLOW' }),
      1_000,
    );
    const quick = verify(
      'market-regulation',
      verificationRequest('certificate', { documentNumber: 'ZJ-1' }),
    );
    await expect(quick).resolves.toMatchObject({ outcome: 'verified' });
    const error = await slow.then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(NatsError);
    expect((error as NatsError).code).toBe(ErrorCode.Timeout);
  });

  it('has no responder for a kind its systems do not verify', async () => {
    const subject = verificationSubject('public-security', 'licence');
    await expect(send(subject, verificationRequest('licence', {}))).rejects.toMatchObject({
      code: ErrorCode.NoResponders,
    });
  });

  it('stops on SIGTERM with exit code 0', async () => {
    const exited = new Promise<number | null>((resolveExit) =>
      child.once('exit', (code) => resolveExit(code)),
    );
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 20_000);
});
