import { caseEvents, type CloudEvent, type EventContract } from '@gov/contracts';
import { caseNotices, caseNoticesConsumer, caseNoticeTitle } from './case-notices.consumer';

const NUMBER = '330102-20261126-00000123';

/** A case event as the cases service publishes it, built from the contract's own sample. */
function aCaseEvent(contract: EventContract, recipients?: string[]): CloudEvent {
  return {
    specversion: '1.0',
    id: '01936d3a-6000-7cc2-9f3e-1a2b3c4d5e70',
    source: '/gov/cases',
    type: contract.type,
    subject: '01936d3a-5b1c-7cc2-9f3e-1a2b3c4d5e6f',
    time: '2026-11-26T08:30:00.000Z',
    datacontenttype: 'application/json',
    data: {
      ...(contract.sample as object),
      number: NUMBER,
      ...(recipients === undefined ? {} : { recipients }),
    },
    division: '330102000000',
    sequence: 2,
  };
}

describe('notices to the parties of a case', () => {
  it.each([
    ['caseSubmitted', '已提交，等待受理'],
    ['caseAccepted', '已受理'],
    ['caseRejected', '不予受理，请查看不予受理决定书'],
    ['caseCorrectionRequested', '需要补正材料，请按补正告知书补齐后重新提交'],
    ['caseSuspended', '已中止（特别程序），办理期限暂停计算'],
    ['caseResumed', '已恢复审查，办理期限继续计算'],
    ['caseExtended', '办理期限已延长'],
    ['caseDecided', '已作出决定'],
    ['caseTaskDecided', '已作出决定（并联审批各部门意见已汇总）'],
    ['caseConcluded', '已办结'],
    ['caseDelivered', '办理结果已送达'],
    ['caseWithdrawn', '申请已撤回'],
    ['caseFeeAssessed', '应缴费用已核定，请到收费窗口缴费'],
  ] as const)('titles %s with the case number and what happened', (name, whatHappened) => {
    expect(caseNoticeTitle(aCaseEvent(caseEvents[name]))).toBe(`办件 ${NUMBER} ${whatHappened}`);
  });

  it('consumes exactly the case events it has a title for', () => {
    expect(caseNoticesConsumer.events.map((contract) => contract.type).sort()).toEqual(
      [
        caseEvents.caseSubmitted,
        caseEvents.caseAccepted,
        caseEvents.caseRejected,
        caseEvents.caseCorrectionRequested,
        caseEvents.caseSuspended,
        caseEvents.caseResumed,
        caseEvents.caseExtended,
        caseEvents.caseDecided,
        caseEvents.caseTaskDecided,
        caseEvents.caseConcluded,
        caseEvents.caseDelivered,
        caseEvents.caseWithdrawn,
        caseEvents.caseFeeAssessed,
      ]
        .map((contract) => contract.type)
        .sort(),
    );
    for (const contract of caseNoticesConsumer.events) {
      expect(() => caseNoticeTitle(aCaseEvent(contract))).not.toThrow();
    }
  });

  it('has no title for a case event the parties are not told of', () => {
    expect(() => caseNoticeTitle(aCaseEvent(caseEvents.caseTasksOpened))).toThrow(
      /No notice template/,
    );
  });

  it('tells the citizen and the agent once each, even when a recipient is named twice', () => {
    const event = aCaseEvent(caseEvents.caseAccepted, ['citizen-sub', 'agent-sub', 'citizen-sub']);
    const notices = caseNotices(event);
    expect(notices.map((notice) => notice.recipient)).toEqual(['citizen-sub', 'agent-sub']);
    for (const notice of notices) {
      expect(notice).toMatchObject({
        eventId: event.id,
        caseId: caseEvents.caseAccepted.sample.id,
        caseNumber: NUMBER,
        eventType: caseEvents.caseAccepted.type,
        title: `办件 ${NUMBER} 已受理`,
      });
    }
  });

  it.each([
    ['names no recipients', undefined],
    ['names an empty list', []],
  ])('tells nobody when the event %s', (_case, recipients) => {
    expect(caseNotices(aCaseEvent(caseEvents.caseDecided, recipients))).toEqual([]);
  });

  it('tells of a department’s opinion only when it decided the joint case', () => {
    const opinion = (status: string) => {
      const event = aCaseEvent(caseEvents.caseTaskDecided, ['citizen-sub']);
      return caseNotices({ ...event, data: { ...(event.data as object), status } });
    };
    expect(opinion('under-review')).toEqual([]);
    expect(opinion('decided').map((notice) => notice.title)).toEqual([
      `办件 ${NUMBER} 已作出决定（并联审批各部门意见已汇总）`,
    ]);
  });
});
