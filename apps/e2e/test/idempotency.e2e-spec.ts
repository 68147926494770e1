import { randomUUID } from 'node:crypto';
import { aDepartment } from './support/builders';
import { pageItems, Suite } from './support/suite';

describe('Idempotency-Key on commands', () => {
  let suite: Suite;

  beforeAll(async () => {
    suite = await Suite.start(['catalog', 'notifications'], { signedInAs: 'zj-catalog-admin' });
  });
  afterAll(() => suite.stop());

  const post = (body: unknown, key: string) =>
    suite.send('POST', '/api/v1/departments', body, { 'idempotency-key': key });

  it('returns the first result to a retry with the same key and body, creating one department', async () => {
    const key = randomUUID();
    const department = aDepartment();
    const first = await post(department, key);
    const retry = await post(department, key);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);

    const { id } = first.body as { id: string };
    const notices = await suite.eventually(
      `/api/v1/notices?aggregateId=${id}`,
      (result) => pageItems(result).length > 0,
    );
    expect(pageItems(notices)).toHaveLength(1);
  });

  it('runs concurrent retries of one request once', async () => {
    const key = randomUUID();
    const department = aDepartment();
    const answers = await Promise.all(Array.from({ length: 5 }, () => post(department, key)));
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201, 201]);
    const ids = new Set(answers.map((answer) => (answer.body as { id: string }).id));
    expect(ids.size).toBe(1);
  });

  it('answers 409 when the same key comes with a different body', async () => {
    const key = randomUUID();
    await post(aDepartment(), key);
    const other = await post(aDepartment(), key);
    expect(other.status).toBe(409);
    expect(other.body).toMatchObject({ code: 'PLATFORM.IDEMPOTENCY_KEY_REUSED' });
  });

  it('stores nothing for a command that failed, so a corrected retry with the key succeeds', async () => {
    const key = randomUUID();
    const department = aDepartment({ division: '330199000000' });
    expect((await post(department, key)).status).toBe(422);
    const corrected = await post({ ...department, division: '330100000000' }, key);
    expect(corrected.status).toBe(201);
    // From now on the key belongs to the corrected request.
    const failedOneAgain = await post(department, key);
    expect(failedOneAgain.status).toBe(409);
    expect(failedOneAgain.body).toMatchObject({ code: 'PLATFORM.IDEMPOTENCY_KEY_REUSED' });
  });

  it('keeps a caller’s key across a fresh token, and apart from another caller’s same key', async () => {
    const key = randomUUID();
    const department = aDepartment({ division: '330200000000' });
    const first = await post(department, key);
    // A new sign-in of the same user: another token, the same subject.
    const sameUser = await suite.send('POST', '/api/v1/departments', department, {
      ...(await suite.as('zj-catalog-admin')),
      'idempotency-key': key,
    });
    expect(sameUser.status).toBe(201);
    expect(sameUser.body).toEqual(first.body);
    // Another administrator's same key is not a retry of the first: the code is taken.
    const otherUser = await suite.send('POST', '/api/v1/departments', department, {
      ...(await suite.as('nb-catalog-admin')),
      'idempotency-key': key,
    });
    expect(otherUser.status).toBe(409);
    expect(otherUser.body).toMatchObject({ code: 'CATALOG.DEPARTMENT_EXISTS' });
  });

  it('rejects a key that is not 1–200 visible ASCII characters', async () => {
    const response = await post(aDepartment(), 'x'.repeat(201));
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'PLATFORM.IDEMPOTENCY_KEY_INVALID' });
  });
});
