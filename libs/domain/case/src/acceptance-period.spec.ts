import { beijing, calendar, CaseStory, clerk, refusal, system } from '../test/case-builders';
import { acceptancePeriod, deemedAcceptanceOf } from './acceptance-period';
import { legalClockOf } from './case-clock';

// Received Friday 26 September 2025, 10:00. Sun 28 Sep is a 调休 working day; 1–8 October are
// the National Day and Mid-Autumn holidays; so the 5 working days are 28, 29, 30 Sep, 9, 10 Oct.
const RECEIVED = '2025-09-26T10:00';
const received = () => CaseStory.submitted(RECEIVED);

describe('the acceptance period (行政许可法 Art. 32)', () => {
  it('runs 5 working days past 国庆 and ends at 24:00 of the last one', () => {
    expect(acceptancePeriod(beijing(RECEIVED), calendar, beijing('2025-10-10T23:59'))).toEqual({
      receivedOn: '2025-09-26',
      lastDay: '2025-10-10',
      endsAt: new Date('2025-10-10T16:00:00Z'),
      expired: false,
      provisional: false,
    });
  });

  it('makes a case waiting for acceptance due for deemed acceptance from that instant on', () => {
    const state = received().state;
    expect(deemedAcceptanceOf(state, calendar, new Date('2025-10-10T15:59:59.999Z'))).toEqual({
      due: false,
      endsAt: new Date('2025-10-10T16:00:00Z'),
    });
    expect(deemedAcceptanceOf(state, calendar, beijing('2025-10-11T00:00'))).toEqual({
      due: true,
      acceptedOn: '2025-09-26',
      endsAt: new Date('2025-10-10T16:00:00Z'),
    });
  });

  it('never makes a case due whose correction notice was given in time', () => {
    const story = received().then(
      { action: 'request-correction', items: [{ material: '申请书', problem: '未签字' }] },
      clerk,
      '2025-09-29T09:00',
    );
    expect(deemedAcceptanceOf(story.state, calendar, beijing('2025-12-01T09:00'))).toEqual({
      due: false,
    });
  });

  it('deems the case accepted on the day of receipt, so the clock counts from that day', () => {
    const story = received().then({ action: 'deem-accepted' }, system, '2025-10-11T00:05');
    expect(story.state.status).toBe('under-review');
    expect(story.state.acceptance).toEqual({
      acceptedOn: '2025-09-26',
      at: beijing('2025-10-11T00:05'),
      deemed: true,
    });
    expect(story.state.firstResponder).toBeUndefined();
    const clock = legalClockOf(story.state, calendar, beijing('2025-10-11T09:00'));
    // 20 working days from 26 September end on 30 October; the period used 6 of them already.
    expect(clock).toMatchObject({ phase: 'running', countsFrom: '2025-09-26', elapsed: 6 });
    expect(clock.phase === 'running' && clock.statutory.dueDate).toBe('2025-10-30');
  });

  it('refuses a deemed acceptance before the period has run out', () => {
    const error = refusal(() =>
      received().then({ action: 'deem-accepted' }, system, '2025-10-10T23:00'),
    );
    expect(error.code).toBe('CASE.DEEMED_ACCEPTANCE_NOT_DUE');
    expect(error.details).toEqual({ lastDay: '2025-10-10' });
  });

  it('counts a late acceptance from the day of receipt, as the law does', () => {
    const story = received().then({ action: 'accept' }, clerk, '2025-10-13T09:00');
    expect(story.state.acceptance).toMatchObject({ acceptedOn: '2025-09-26', deemed: true });
  });

  it('counts an acceptance in time from the day of acceptance', () => {
    const story = received().then({ action: 'accept' }, clerk, '2025-09-29T09:00');
    expect(story.state.acceptance).toMatchObject({ acceptedOn: '2025-09-29', deemed: false });
  });

  it('refuses to reject an application once it counts as accepted', () => {
    const error = refusal(() =>
      received().then({ action: 'reject', reason: '材料不全' }, clerk, '2025-10-11T09:00'),
    );
    expect(error.code).toBe('CASE.ACCEPTANCE_PERIOD_EXPIRED');
  });

  it('starts counting on the next working day for an application received on a Saturday', () => {
    // Sat 7 June: Mon 9 to Fri 13 June are the 5 working days.
    expect(
      acceptancePeriod(beijing('2025-06-07T22:00'), calendar, beijing('2025-06-13T12:00')),
    ).toMatchObject({
      receivedOn: '2025-06-07',
      lastDay: '2025-06-13',
      expired: false,
    });
  });
});
