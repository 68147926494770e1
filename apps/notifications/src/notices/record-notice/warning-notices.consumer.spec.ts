import { type CloudEvent, warningEvents } from '@gov/contracts';
import { warningNotices, warningNoticesConsumer } from './warning-notices.consumer';

function raised(data: Partial<typeof warningEvents.warningRaised.sample> = {}): CloudEvent {
  return {
    specversion: '1.0',
    id: '01936d3a-5b1c-7cc2-9f3e-1a2b3c4d5e99',
    source: 'cases',
    type: warningEvents.warningRaised.type,
    subject: warningEvents.warningRaised.sample.id,
    time: '2026-11-26T00:00:05.000Z',
    datacontenttype: 'application/json',
    division: '330102000000',
    sequence: 1,
    data: { ...warningEvents.warningRaised.sample, ...data },
  };
}

describe('notices of deadline warnings', () => {
  it('tells the responsible staff member once, titled by deadline and level', () => {
    const [yellow, ...others] = warningNotices(raised({ recipients: ['staff-1', 'staff-1'] }));
    expect(others).toHaveLength(0);
    expect(yellow).toMatchObject({
      recipient: 'staff-1',
      caseNumber: '330102-20261126-00000123',
      title: '办件 330102-20261126-00000123 承诺时限即将届满（黄色预警）',
    });
    const [red] = warningNotices(raised({ deadline: 'statutory', level: 'red' }));
    expect(red?.title).toBe('办件 330102-20261126-00000123 法定时限已超期（红色预警）');
  });

  it('tells nobody when the case has no responsible staff member yet', () => {
    expect(warningNotices(raised({ recipients: undefined }))).toEqual([]);
  });

  it('listens to raised warnings only', () => {
    expect(warningNoticesConsumer.filterSubject).toBe('gov.evt.cases.warning.raised.v1.>');
    expect(warningNoticesConsumer.events).toEqual([warningEvents.warningRaised]);
  });
});
