import { residentIdCheckCharacter } from '@gov/identifiers';
import { testInfrastructure } from '@gov/testing';
import { DepartmentSystemProcess } from './support/department-system';
import { submitCase } from './support/cases';
import { Suite } from './support/suite';

interface VerifiedCase {
  verifications: {
    id: string;
    system: string;
    kind: string;
    subject: string;
    status: string;
    detail?: string;
  }[];
}

/** Online verification (联网核查) against the sample department system, as its own process. */
describe('online verification with department systems', () => {
  let suite: Suite;
  let departments: DepartmentSystemProcess;
  let clerk: Record<string, string>;
  let citizen: Record<string, string>;

  beforeAll(async () => {
    suite = await Suite.start(['catalog', 'cases'], { env: { VERIFICATION_TIMEOUT_MS: '1000' } });
    departments = await DepartmentSystemProcess.start(suite.nats.url);
    clerk = await suite.as('sc-clerk');
    citizen = await suite.as('citizen-zhang');
  }, 60_000);
  afterAll(async () => {
    await departments?.stop();
    await suite?.stop();
  });

  const verify = (id: string, body: Record<string, unknown>) =>
    suite.send('POST', `/api/v1/cases/${id}/verifications`, body, clerk);
  const last = (body: unknown) => (body as VerifiedCase).verifications.at(-1);

  it('records the identity the public security system confirmed, and never the clear ID', async () => {
    const submitted = await submitCase(suite, citizen);
    const answer = await verify(submitted.id, { system: 'public-security', kind: 'identity' });
    expect(answer.status).toBe(200);
    expect(last(answer.body)).toMatchObject({
      system: 'public-security',
      kind: 'identity',
      status: 'verified',
      subject: expect.stringContaining('*') as unknown,
    });
  });

  it('records a person the system does not know as not found', async () => {
    const first17 = '33010219900101999';
    const submitted = await submitCase(suite, citizen, {
      residentId: first17 + residentIdCheckCharacter(first17),
    });
    const answer = await verify(submitted.id, { system: 'public-security', kind: 'identity' });
    expect(last(answer.body)).toMatchObject({ status: 'not-found' });
  });

  it('checks a licence by its number with the market regulation system', async () => {
    const submitted = await submitCase(suite, citizen);
    expect(
      last(
        (
          await verify(submitted.id, {
            system: 'market-regulation',
            kind: 'licence',
            documentNumber: 'ZJ330102',
          })
        ).body,
      ),
    ).toMatchObject({ status: 'verified' });
    expect(
      last(
        (
          await verify(submitted.id, {
            system: 'market-regulation',
            kind: 'licence',
            documentNumber: 'XX1',
          })
        ).body,
      ),
    ).toMatchObject({ status: 'not-found' });
    const withoutNumber = await verify(submitted.id, {
      system: 'market-regulation',
      kind: 'licence',
    });
    expect(withoutNumber.status).toBe(400);
    const unknownSystem = await verify(submitted.id, { system: 'tax', kind: 'identity' });
    expect(unknownSystem.body).toMatchObject({ code: 'CASE.VERIFICATION_SYSTEM_UNKNOWN' });
  });

  it('records a time-out, then the department’s late answer once, and refuses an unknown request', async () => {
    const submitted = await submitCase(suite, citizen);
    const slow = await verify(submitted.id, {
      system: 'market-regulation',
      kind: 'certificate',
      documentNumber: 'SLOW',
    });
    const timedOut = last(slow.body);
    expect(timedOut).toMatchObject({ status: 'timed-out' });

    const department = await serviceToken('dept-market-regulation');
    const answer = (requestId: string) =>
      suite.send(
        'POST',
        `/api/v1/cases/${submitted.id}/verifications/${requestId}/answer`,
        { outcome: 'not-found', detail: '查无此证书' },
        department,
      );
    const late = await answer(timedOut?.id ?? '');
    expect(late.status).toBe(200);
    expect(last(late.body)).toMatchObject({ status: 'not-found', detail: '查无此证书' });
    expect((await answer(timedOut?.id ?? '')).body).toMatchObject({
      code: 'CASE.VERIFICATION_ALREADY_ANSWERED',
    });
    expect((await answer('01936d3a-5b1c-7cc2-9f3e-000000000001')).body).toMatchObject({
      code: 'CASE.VERIFICATION_NOT_FOUND',
    });
    const staffAnswering = await suite.send(
      'POST',
      `/api/v1/cases/${submitted.id}/verifications/${timedOut?.id}/answer`,
      { outcome: 'verified', detail: '伪造' },
      clerk,
    );
    expect(staffAnswering.status).toBe(403);
  });
});

/** A department system's own token (client credentials of the development realm). */
async function serviceToken(clientId: string): Promise<Record<string, string>> {
  const response = await fetch(`${testInfrastructure().oidcIssuer}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: `dev-secret-${clientId}`,
    }),
  });
  const { access_token: token } = (await response.json()) as { access_token: string };
  return { authorization: `Bearer ${token}` };
}
