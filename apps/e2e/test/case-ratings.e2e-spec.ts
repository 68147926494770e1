import { AuditTrail } from '@gov/audit';
import { localDateOf, parseLocalDate } from '@gov/calendar';
import { CentreCalendars } from '../../cases/src/cases/centre-calendars';
import {
  countOf,
  expectOk,
  type Figures,
  GOOD,
  ITEM,
  type RatingBody as Rating,
  RatingSession,
  TOWNSHIP,
} from './support/ratings';
import { pageItems, Suite } from './support/suite';

/** 好差评 (国办发〔2019〕51号): ratings after conclusion, rectification of bad ones, appeals, statistics. */
describe('good and bad reviews of concluded cases', () => {
  let suite: Suite;
  let session: RatingSession;

  beforeAll(async () => {
    suite = await Suite.start(['catalog', 'cases']);
    session = await RatingSession.start(suite);
  });
  afterAll(() => suite.stop());

  it('refuses to rate a case that is still being handled', async () => {
    const id = await session.acceptedCase();
    const answer = await session.rate(id, 5);
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ code: 'RATING.CASE_NOT_CONCLUDED' });
  });

  it('lets the applicant rate a concluded case once; the second rating is a conflict', async () => {
    const id = await session.concludedCase();
    const first = await session.rate(id, 5, 'citizen-zhang', '窗口人员很耐心');
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      caseId: id,
      level: 5,
      levelLabel: '非常满意',
      dimensions: { overall: 5, ...GOOD },
      comment: '窗口人员很耐心',
      raterRole: 'applicant',
      annulled: false,
      rectification: null,
    });
    const second = await session.rate(id, 1);
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: 'RATING.ALREADY_RATED' });
    expect(
      (await suite.get(`/api/v1/cases/${id}/rating`, session.user('sc-clerk'))).body,
    ).toMatchObject({
      level: 5,
    });
    expect(await session.outboxEvents(id)).toContain('cn.gov.cases.rating.submitted.v1');
  });

  it('takes one of two ratings sent at once and refuses the other', async () => {
    const id = await session.concludedCase();
    const answers = await Promise.all([session.rate(id, 4), session.rate(id, 2)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    const [row] = await session.em().execute<{ ratings: string; tasks: string }[]>(
      `select (select count(*) from cases.rating where case_id = ?) as ratings,
              (select count(*) from cases.rectification where case_id = ?) as tasks`,
      [id, id],
    );
    const winner = answers.find((answer) => answer.status === 201)?.body as Rating;
    expect(Number(row?.ratings)).toBe(1);
    // Only a bad review that won opens a task; the refused one leaves nothing behind.
    expect(Number(row?.tasks)).toBe(winner.level <= 2 ? 1 : 0);
  });

  it('refuses a rating from someone whose case it is not, and an unknown case', async () => {
    const id = await session.concludedCase();
    const other = await session.rate(id, 1, 'citizen-li');
    expect(other.status).toBe(403);
    expect(other.body).toMatchObject({ code: 'RATING.NOT_YOUR_CASE' });
    const unknown = await session.rate('01936d3a-5b1c-7cc2-9f3e-000000000000', 5);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'CASE.NOT_FOUND' });
    const read = await suite.get(`/api/v1/cases/${id}/rating`, session.user('citizen-li'));
    expect(read.status).toBe(404);
  });

  it('lets the village agent rate a case they submitted for the applicant', async () => {
    const id = await session.concludedCase('ld-agent');
    const answer = await session.rate(id, 4, 'ld-agent');
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ level: 4, raterRole: 'agent' });
    const read = await suite.get(`/api/v1/cases/${id}/rating`, session.user('ld-agent'));
    expect(read.body).toMatchObject({ raterRole: 'agent' });
  });

  it('opens a rectification for a bad review, due 15 working days later, closed only after a call-back', async () => {
    const before = await session.townshipFigures();
    const id = await session.concludedCase();
    const rated = await session.rate(id, 2, 'citizen-zhang', '材料要求前后说法不一');
    expect(rated.status).toBe(201);
    const task = (rated.body as Rating).rectification;
    expect(task).toMatchObject({ status: 'open' });
    const calendar = await suite.service('cases').get(CentreCalendars).of(TOWNSHIP);
    const today = localDateOf(new Date());
    expect(task?.dueOn).toBe(calendar.addWorkingDays(today, 15).date);
    expect(calendar.countWorkingDays(today, parseLocalDate(task?.dueOn ?? '')).days).toBe(15);
    const taskId = task?.id ?? '';

    const listed = await suite.get(
      `/api/v1/rectifications?status=open&division=${TOWNSHIP}&limit=200`,
      session.user('sc-clerk'),
    );
    expect(pageItems<{ id: string }>(listed).map((item) => item.id)).toContain(taskId);
    const shown = await suite.get(
      `/api/v1/rectifications/${taskId}`,
      session.user('sc-center-admin'),
    );
    expect(shown.body).toMatchObject({ caseId: id, level: 2, overdue: false, callBacks: [] });
    const rated2 = await session.townshipFigures();
    expect(rated2.badReviews - before.badReviews).toBe(1);
    expect(rated2.rectified - before.rectified).toBe(0);

    const early = await session.rectification(taskId, 'result', { result: '已整改' });
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ code: 'RECTIFICATION.CALL_BACK_REQUIRED' });
    const byClerk = await session.rectification(
      taskId,
      'call-backs',
      { reached: true, summary: '已回访' },
      'sc-clerk',
    );
    expect(byClerk.status).toBe(403);

    const called = await session.rectification(taskId, 'call-backs', {
      reached: true,
      summary: '已电话联系申请人，说明材料要求并致歉',
    });
    expect(called.status).toBe(200);
    expect(called.body).toMatchObject({
      status: 'open',
      callBacks: [{ by: 'sc-center-admin', reached: true }],
    });
    const closed = await session.rectification(taskId, 'result', {
      result: '统一一次性告知口径，培训窗口人员',
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', closedBy: 'sc-center-admin' });
    const again = await session.rectification(taskId, 'result', { result: '再次提交' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'RECTIFICATION.ALREADY_CLOSED' });

    const after = await session.townshipFigures();
    expect(after.rectified - before.rectified).toBe(1);
    expect(await session.outboxEvents(taskId)).toEqual([
      'cn.gov.cases.rectification.opened.v1',
      'cn.gov.cases.rectification.closed.v1',
    ]);
    const trail = await suite
      .service('cases')
      .get(AuditTrail)
      .readTrail(session.em(), 'rectification', taskId);
    expect(trail.map((row) => row.action)).toEqual(['opened', 'record-call-back', 'close']);
  });

  it('annuls a bad review when a supervisor upholds the centre’s appeal, and leaves it out of the statistics', async () => {
    const before = await session.townshipFigures();
    const id = await session.concludedCase();
    const rated = (await session.rate(id, 1, 'citizen-zhang')).body as Rating;
    const taskId = rated.rectification?.id ?? '';
    const counted = await session.townshipFigures();
    expect(countOf(counted, 1) - countOf(before, 1)).toBe(1);

    const premature = await session.rectification(
      taskId,
      'appeal-decision',
      { upheld: true, reason: '属实' },
      'hz-supervisor',
    );
    expect(premature.status).toBe(409);
    expect(premature.body).toMatchObject({ code: 'RECTIFICATION.NO_APPEAL_PENDING' });

    const appealed = await session.rectification(taskId, 'appeal', {
      reason: '评价人误将他人办件当作本件评价',
    });
    expect(appealed.body).toMatchObject({ status: 'appealed', appeal: { decision: null } });
    const byAdmin = await session.rectification(taskId, 'appeal-decision', {
      upheld: true,
      reason: '属实',
    });
    expect(byAdmin.status).toBe(403);

    const upheld = await session.rectification(
      taskId,
      'appeal-decision',
      { upheld: true, reason: '录音证实评价对象有误' },
      'hz-supervisor',
    );
    expect(upheld.status).toBe(200);
    expect(upheld.body).toMatchObject({
      status: 'annulled',
      appeal: { decision: 'upheld', decidedBy: 'hz-supervisor' },
    });
    const twice = await session.rectification(
      taskId,
      'appeal-decision',
      { upheld: false, reason: '复核' },
      'hz-supervisor',
    );
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: 'RECTIFICATION.APPEAL_ALREADY_DECIDED' });

    const rating = await suite.get(`/api/v1/cases/${id}/rating`, session.user('citizen-zhang'));
    expect(rating.body).toMatchObject({ annulled: true, rectification: { status: 'annulled' } });
    const after = await session.townshipFigures();
    expect(countOf(after, 1)).toBe(countOf(before, 1));
    expect(after.total).toBe(before.total);
    expect(after.badReviews).toBe(before.badReviews);
    expect(after.annulled - before.annulled).toBe(1);
    expect(await session.outboxEvents(taskId)).toEqual([
      'cn.gov.cases.rectification.opened.v1',
      'cn.gov.cases.rectification.appealed.v1',
      'cn.gov.cases.rectification.appeal-decided.v1',
    ]);
  });

  it('sends a rejected appeal back to rectification', async () => {
    const id = await session.concludedCase();
    const taskId = ((await session.rate(id, 2)).body as Rating).rectification?.id ?? '';
    await expectOk(session.rectification(taskId, 'appeal', { reason: '恶意差评' }));
    const rejected = await session.rectification(
      taskId,
      'appeal-decision',
      { upheld: false, reason: '证据不足' },
      'hz-supervisor',
    );
    expect(rejected.body).toMatchObject({ status: 'open', appeal: { decision: 'rejected' } });
    const rating = await suite.get(`/api/v1/cases/${id}/rating`, session.user('sc-clerk'));
    expect(rating.body).toMatchObject({ annulled: false });
  });

  it('publishes statistics to anyone, per item, with no personal data', async () => {
    const id = await session.concludedCase();
    await expectOk(session.rate(id, 3, 'citizen-zhang', '张三的私人评价内容'));
    const today = localDateOf(new Date());
    const answer = await suite.send(
      'GET',
      `/api/v1/rating-statistics?division=330102&from=${today}&to=${today}`,
    );
    expect(answer.status).toBe(200);
    const body = answer.body as {
      division: string;
      items: (Figures & { itemCode: string; itemName: string })[];
    };
    expect(body.division).toBe('330102000000');
    const item = body.items.find((each) => each.itemCode === ITEM);
    expect(item?.itemName).toBeTruthy();
    expect(countOf(item as Figures, 3)).toBeGreaterThanOrEqual(1);
    const text = JSON.stringify(answer.body);
    for (const personal of ['张三', '私人评价', 'comment', 'subject', 'rater', id]) {
      expect(text).not.toContain(personal);
    }

    const reversed = await suite.send(
      'GET',
      `/api/v1/rating-statistics?from=2026-12-31&to=2026-12-01`,
    );
    expect(reversed.status).toBe(400);
    expect(reversed.body).toMatchObject({ code: 'STATISTICS.PERIOD_REVERSED' });
  });
});
