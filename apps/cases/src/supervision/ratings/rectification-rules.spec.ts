import { GovError } from '@gov/contracts';
import {
  type Acting,
  applyRectification,
  type RectificationCommand,
  type RectificationState,
} from './rectification-rules';

const opened: RectificationState = {
  status: 'open',
  callBacks: [],
  result: null,
  closedAt: null,
  closedBy: null,
  appeal: null,
};
const admin: Acting = { by: 'sc-center-admin', at: '2026-12-02T03:00:00.000Z' };
const supervisor: Acting = { by: 'hz-supervisor', at: '2026-12-03T03:00:00.000Z' };

const callBack: RectificationCommand = {
  action: 'record-call-back',
  reached: true,
  summary: '已回访',
};
const close: RectificationCommand = { action: 'close', result: '已整改' };
const appeal: RectificationCommand = { action: 'appeal', reason: '误评' };
const uphold: RectificationCommand = { action: 'decide-appeal', upheld: true, reason: '属实' };
const reject: RectificationCommand = { action: 'decide-appeal', upheld: false, reason: '不属实' };

/** The state after these commands, in order, each by the centre except decisions. */
function after(...commands: RectificationCommand[]): RectificationState {
  return commands.reduce(
    (state, command) =>
      applyRectification(state, command, command.action === 'decide-appeal' ? supervisor : admin),
    opened,
  );
}

function refusal(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof GovError) return error.code;
    throw error;
  }
  return undefined;
}

describe('a rectification task', () => {
  it('records each call-back with who made it and when', () => {
    expect(after(callBack, callBack).callBacks).toEqual([
      { at: admin.at, by: admin.by, reached: true, summary: '已回访' },
      { at: admin.at, by: admin.by, reached: true, summary: '已回访' },
    ]);
  });

  it('refuses a result before the rater was called back', () => {
    expect(refusal(() => after(close))).toBe('RECTIFICATION.CALL_BACK_REQUIRED');
  });

  it('closes with the result once the rater was called back', () => {
    expect(after(callBack, close)).toMatchObject({
      status: 'closed',
      result: '已整改',
      closedAt: admin.at,
      closedBy: admin.by,
    });
  });

  it('takes nothing more once closed', () => {
    for (const command of [callBack, close, appeal]) {
      expect(refusal(() => after(callBack, close, command))).toBe('RECTIFICATION.ALREADY_CLOSED');
    }
  });

  it('waits for the supervisor while an appeal is pending', () => {
    expect(after(appeal).status).toBe('appealed');
    expect(refusal(() => after(callBack, appeal, close))).toBe('RECTIFICATION.APPEAL_PENDING');
    expect(refusal(() => after(appeal, appeal))).toBe('RECTIFICATION.APPEAL_PENDING');
  });

  it('is annulled when the supervisor upholds the appeal, and then takes nothing more', () => {
    const annulled = after(appeal, uphold);
    expect(annulled.status).toBe('annulled');
    expect(annulled.appeal).toMatchObject({
      decision: 'upheld',
      decidedBy: supervisor.by,
      decidedAt: supervisor.at,
      decisionReason: '属实',
    });
    expect(refusal(() => after(appeal, uphold, callBack))).toBe('RECTIFICATION.ALREADY_CLOSED');
    expect(refusal(() => after(appeal, uphold, uphold))).toBe(
      'RECTIFICATION.APPEAL_ALREADY_DECIDED',
    );
  });

  it('goes back to rectifying when the appeal is rejected, and cannot be appealed again', () => {
    const rejected = after(appeal, reject);
    expect(rejected.status).toBe('open');
    expect(rejected.appeal?.decision).toBe('rejected');
    expect(refusal(() => after(appeal, reject, appeal))).toBe(
      'RECTIFICATION.APPEAL_ALREADY_DECIDED',
    );
    expect(refusal(() => after(appeal, reject, reject))).toBe(
      'RECTIFICATION.APPEAL_ALREADY_DECIDED',
    );
    expect(after(appeal, reject, callBack, close).status).toBe('closed');
  });

  it('refuses a decision when no appeal was made', () => {
    expect(refusal(() => after(uphold))).toBe('RECTIFICATION.NO_APPEAL_PENDING');
    expect(refusal(() => after(callBack, close, uphold))).toBe('RECTIFICATION.NO_APPEAL_PENDING');
  });
});
