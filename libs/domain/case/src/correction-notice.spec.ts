import { CaseStory, citizen, clerk, refusal, TWO_MISSING } from '../test/case-builders';

const corrected = () =>
  CaseStory.submitted('2025-06-09T09:00')
    .then(TWO_MISSING, clerk, '2025-06-09T10:00')
    .then({ action: 'resubmit' }, citizen, '2025-06-11T09:00');

describe('one-time notice of corrections (一次性告知)', () => {
  it('keeps the notice with every material it names, and does not start the clock', () => {
    const story = CaseStory.submitted().then(TWO_MISSING, clerk, '2025-06-09T10:00');
    expect(story.state.status).toBe('correction-requested');
    expect(story.state.corrections).toEqual([
      {
        items: [
          { material: '营业执照副本', problem: '未提供' },
          { material: '场地使用证明', problem: '租赁合同已过期' },
        ],
        at: new Date('2025-06-09T02:00:00Z'),
      },
    ]);
    expect(story.state.acceptance).toBeUndefined();
  });

  it('records the resubmission as a new receipt', () => {
    const story = corrected();
    expect(story.state.status).toBe('submitted');
    expect(story.state.lastReceivedAt).toEqual(new Date('2025-06-11T01:00:00Z'));
    expect(story.state.receivedAt).toEqual(new Date('2025-06-09T01:00:00Z'));
  });

  it('allows a second notice about a material of the first one that is still defective', () => {
    const story = corrected().then(
      {
        action: 'request-correction',
        items: [{ material: '场地使用证明', problem: '补正的租赁合同未盖章' }],
      },
      clerk,
      '2025-06-11T10:00',
    );
    expect(story.state.corrections).toHaveLength(2);
  });

  it('refuses a later notice naming a material the first notice did not', () => {
    const error = refusal(() =>
      corrected().then(
        {
          action: 'request-correction',
          items: [
            { material: '场地使用证明', problem: '未盖章' },
            { material: '法定代表人身份证明', problem: '未提供' },
          ],
        },
        clerk,
        '2025-06-11T10:00',
      ),
    );
    expect(error.code).toBe('CASE.CORRECTION_NEW_MATERIAL');
    expect(error.details).toEqual({
      materials: ['法定代表人身份证明'],
      firstNotice: ['营业执照副本', '场地使用证明'],
    });
    expect(error.message).toContain('法定代表人身份证明');
  });

  it('refuses a second notice before the applicant has resubmitted', () => {
    const story = CaseStory.submitted().then(TWO_MISSING, clerk, '2025-06-09T10:00');
    expect(refusal(() => story.then(TWO_MISSING, clerk, '2025-06-09T11:00')).code).toBe(
      'CASE.TRANSITION_NOT_ALLOWED',
    );
  });

  it.each([
    ['no material', [], 'CASE.CORRECTION_EMPTY'],
    [
      'a material without its problem',
      [{ material: '营业执照副本', problem: ' ' }],
      'CASE.CORRECTION_EMPTY',
    ],
    [
      'a material twice',
      [
        { material: '营业执照副本', problem: '未提供' },
        { material: ' 营业执照副本', problem: '复印件不清晰' },
      ],
      'CASE.CORRECTION_DUPLICATE_MATERIAL',
    ],
  ])('refuses a notice with %s', (_, items, code) => {
    const error = refusal(() =>
      CaseStory.submitted().then(
        { action: 'request-correction', items },
        clerk,
        '2025-06-09T10:00',
      ),
    );
    expect(error.code).toBe(code);
  });

  it('refuses a notice given after the 5 working days of the acceptance period', () => {
    // Received Mon 9 June; the period ends at 24:00 on Mon 16 June.
    const late = refusal(() => CaseStory.submitted().then(TWO_MISSING, clerk, '2025-06-17T09:00'));
    expect(late.code).toBe('CASE.ACCEPTANCE_PERIOD_EXPIRED');
    expect(late.details).toEqual({ receivedOn: '2025-06-09', lastDay: '2025-06-16' });
    expect(CaseStory.submitted().then(TWO_MISSING, clerk, '2025-06-16T23:59').state.status).toBe(
      'correction-requested',
    );
  });

  it('gives the organ another 5 working days from the corrected application', () => {
    // Resubmitted Wed 11 June: the period now ends at 24:00 on Wed 18 June.
    const story = corrected().then(
      { action: 'request-correction', items: [{ material: '营业执照副本', problem: '仍未提供' }] },
      clerk,
      '2025-06-18T17:00',
    );
    expect(story.state.status).toBe('correction-requested');
  });
});
