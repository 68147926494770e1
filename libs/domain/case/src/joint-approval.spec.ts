import fc from 'fast-check';
import { actor, beijing, refusal } from '../test/case-builders';
import {
  awaitingMaterial,
  decideTask,
  isJoint,
  jointOutcome,
  materialReceived,
  openTasks,
  requestMaterial,
  TASK_STATUS_LABELS,
  TASK_STATUSES,
  type ApprovalTask,
  type TaskActor,
} from './joint-approval';

// Unified social credit codes of three organs: market regulation leads, fire and health are involved.
const MARKET = '11330100002490385X';
const FIRE = '11330100MB1734626Q';
const HEALTH = '113301000024903930';

const approverOf = (department: string | null, username = `approver.${department}`): TaskActor => ({
  ...actor('approver', username),
  department,
});
const marketApprover = approverOf(MARKET);
const fireApprover = approverOf(FIRE);
const healthApprover = approverOf(HEALTH);

const opened = () =>
  openTasks({ lead: MARKET, involved: [FIRE, HEALTH] }, beijing('2025-06-10T09:00'));
const statuses = (tasks: readonly ApprovalTask[]) => tasks.map((task) => task.status);
function taskOf(tasks: readonly ApprovalTask[], department: string): ApprovalTask {
  const task = tasks.find((each) => each.department === department);
  if (task === undefined) {
    throw new Error(`no task of ${department}`);
  }
  return task;
}

describe('joint approval (并联审批)', () => {
  it('names every task status in Chinese', () => {
    expect(TASK_STATUSES.map((status) => TASK_STATUS_LABELS[status])).toEqual([
      '审查中',
      '等待补充材料',
      '同意',
      '不同意',
    ]);
  });

  it('is joint only when a department besides the lead is involved', () => {
    expect(isJoint({ lead: MARKET, involved: [FIRE] })).toBe(true);
    expect(isJoint({ lead: MARKET, involved: [] })).toBe(false);
    expect(isJoint({ lead: MARKET, involved: [MARKET, MARKET] })).toBe(false);
  });

  it('opens one task per department, the lead first, at the same moment', () => {
    const at = beijing('2025-06-10T09:00');
    const tasks = openTasks({ lead: MARKET, involved: [FIRE, MARKET, HEALTH, FIRE] }, at);
    expect(tasks).toEqual([
      { department: MARKET, lead: true, status: 'open', openedAt: at, materialRequests: [] },
      { department: FIRE, lead: false, status: 'open', openedAt: at, materialRequests: [] },
      { department: HEALTH, lead: false, status: 'open', openedAt: at, materialRequests: [] },
    ]);
  });

  it('records who decided a task and when, leaving the other tasks open', () => {
    const at = beijing('2025-06-11T10:00');
    const tasks = decideTask(opened(), FIRE, { outcome: 'approved' }, fireApprover, at);
    expect(taskOf(tasks, FIRE)).toMatchObject({
      status: 'approved',
      decidedBy: actor('approver', `approver.${FIRE}`),
      decidedAt: at,
    });
    expect(taskOf(tasks, FIRE).decidedBy).not.toHaveProperty('department');
    expect(statuses(tasks)).toEqual(['open', 'approved', 'open']);
  });

  it('never changes the tasks it was given', () => {
    const before = opened();
    const copy = structuredClone(before);
    const decided = decideTask(before, FIRE, { outcome: 'approved' }, fireApprover, new Date());
    const waiting = requestMaterial(before, HEALTH, '请补充卫生许可证', healthApprover, new Date());
    materialReceived(waiting, new Date());
    expect(before).toEqual(copy);
    expect(decided).not.toBe(before);
  });

  it('refuses a task the case does not have', () => {
    const error = refusal(() =>
      decideTask(opened(), 'X', { outcome: 'approved' }, approverOf('X'), new Date()),
    );
    expect(error.code).toBe('CASE.TASK_NOT_FOUND');
    expect(error.details).toEqual({ department: 'X' });
  });

  it.each([
    ['another department', FIRE],
    ['no department', null],
  ])('refuses an approver of %s deciding the task', (_, department) => {
    const error = refusal(() =>
      decideTask(opened(), HEALTH, { outcome: 'approved' }, approverOf(department), new Date()),
    );
    expect(error.code).toBe('CASE.TASK_OTHER_DEPARTMENT');
    expect(error.details).toEqual({ department: HEALTH, actorDepartment: department });
  });

  it('refuses to decide a task twice', () => {
    const once = decideTask(opened(), FIRE, { outcome: 'approved' }, fireApprover, new Date());
    const error = refusal(() =>
      decideTask(once, FIRE, { outcome: 'denied', reason: '改了' }, fireApprover, new Date()),
    );
    expect(error.code).toBe('CASE.TASK_ALREADY_DECIDED');
    expect(error.details).toEqual({ department: FIRE, status: 'approved' });
  });

  it.each([undefined, '', '   '])('refuses a denial without a reason (%p)', (reason) => {
    const error = refusal(() =>
      decideTask(opened(), FIRE, { outcome: 'denied', reason }, fireApprover, new Date()),
    );
    expect(error.code).toBe('CASE.REASON_REQUIRED');
    expect(error.details).toEqual({ department: FIRE, outcome: 'denied' });
  });

  it('keeps the trimmed reason of a denial', () => {
    const tasks = decideTask(
      opened(),
      FIRE,
      { outcome: 'denied', reason: '  消防通道不符合要求 ' },
      fireApprover,
      new Date(),
    );
    expect(taskOf(tasks, FIRE).reason).toBe('消防通道不符合要求');
  });

  describe('supplementary material', () => {
    const askedAt = beijing('2025-06-11T10:00');
    const waiting = () =>
      requestMaterial(opened(), HEALTH, ' 请补充从业人员健康证明 ', healthApprover, askedAt);

    it('puts the task on hold with the request and its trimmed reason', () => {
      const tasks = waiting();
      expect(statuses(tasks)).toEqual(['open', 'open', 'awaiting-material']);
      expect(taskOf(tasks, HEALTH).materialRequests).toEqual([
        {
          reason: '请补充从业人员健康证明',
          by: actor('approver', `approver.${HEALTH}`),
          at: askedAt,
        },
      ]);
      expect(awaitingMaterial(tasks)).toBe(true);
      expect(awaitingMaterial(opened())).toBe(false);
    });

    it('refuses a request without a reason', () => {
      const error = refusal(() => requestMaterial(opened(), HEALTH, ' ', healthApprover, askedAt));
      expect(error.code).toBe('CASE.REASON_REQUIRED');
    });

    it('refuses a second request while the first is still open', () => {
      const error = refusal(() =>
        requestMaterial(waiting(), HEALTH, '再补', healthApprover, askedAt),
      );
      expect(error.code).toBe('CASE.TRANSITION_NOT_ALLOWED');
      expect(error.details).toEqual({ department: HEALTH, status: 'awaiting-material' });
    });

    it('refuses a request on a decided task', () => {
      const decided = decideTask(opened(), FIRE, { outcome: 'approved' }, fireApprover, askedAt);
      const error = refusal(() => requestMaterial(decided, FIRE, '补充', fireApprover, askedAt));
      expect(error.code).toBe('CASE.TASK_ALREADY_DECIDED');
    });

    it('applies the same department checks as a decision', () => {
      expect(refusal(() => requestMaterial(opened(), 'X', '补', fireApprover, askedAt)).code).toBe(
        'CASE.TASK_NOT_FOUND',
      );
      expect(
        refusal(() => requestMaterial(opened(), HEALTH, '补', fireApprover, askedAt)).code,
      ).toBe('CASE.TASK_OTHER_DEPARTMENT');
    });

    it('does not let a task be decided before the material arrived', () => {
      const error = refusal(() =>
        decideTask(waiting(), HEALTH, { outcome: 'approved' }, healthApprover, askedAt),
      );
      expect(error.code).toBe('CASE.TRANSITION_NOT_ALLOWED');
      expect(error.details).toEqual({ department: HEALTH, status: 'awaiting-material' });
    });

    it('reopens every waiting task when the material arrives, closing only the open requests', () => {
      const firstArrival = beijing('2025-06-12T09:00');
      const secondArrival = beijing('2025-06-16T09:00');
      const again = requestMaterial(
        materialReceived(waiting(), firstArrival),
        HEALTH,
        '健康证明已过期',
        healthApprover,
        firstArrival,
      );
      const both = requestMaterial(again, FIRE, '请补充消防验收意见', fireApprover, firstArrival);
      const tasks = materialReceived(both, secondArrival);
      expect(statuses(tasks)).toEqual(['open', 'open', 'open']);
      expect(taskOf(tasks, HEALTH).materialRequests.map((request) => request.receivedAt)).toEqual([
        firstArrival,
        secondArrival,
      ]);
      expect(taskOf(tasks, FIRE).materialRequests[0]?.receivedAt).toEqual(secondArrival);
      expect(awaitingMaterial(tasks)).toBe(false);
      const decided = decideTask(
        tasks,
        HEALTH,
        { outcome: 'approved' },
        healthApprover,
        secondArrival,
      );
      expect(taskOf(decided, HEALTH).status).toBe('approved');
    });

    it('refuses to record material no department is waiting for', () => {
      expect(refusal(() => materialReceived(opened(), askedAt)).code).toBe(
        'CASE.TASK_NOT_AWAITING_MATERIAL',
      );
    });
  });

  describe('the outcome of the case', () => {
    const decideAll = (
      outcomes: ReadonlyArray<readonly [string, TaskActor, 'approved' | 'denied', string?]>,
    ) =>
      outcomes.reduce(
        (tasks, [department, by, outcome, reason]) =>
          decideTask(tasks, department, { outcome, reason }, by, new Date()),
        opened(),
      );

    it('stays pending, naming the open departments, until every task is decided', () => {
      const tasks = decideAll([[MARKET, marketApprover, 'approved']]);
      const waiting = requestMaterial(tasks, FIRE, '请补充', fireApprover, new Date());
      expect(jointOutcome(waiting)).toEqual({ decided: false, open: [FIRE, HEALTH] });
    });

    it('stays pending after a denial while other tasks are open', () => {
      const tasks = decideAll([[FIRE, fireApprover, 'denied', '不符合消防要求']]);
      expect(jointOutcome(tasks)).toEqual({ decided: false, open: [MARKET, HEALTH] });
    });

    it('approves the case when every department approved', () => {
      const tasks = decideAll([
        [HEALTH, healthApprover, 'approved'],
        [MARKET, marketApprover, 'approved'],
        [FIRE, fireApprover, 'approved'],
      ]);
      expect(jointOutcome(tasks)).toEqual({ decided: true, outcome: 'approved', reasons: [] });
    });

    it('denies the case with every denial reason, the lead department first', () => {
      const tasks = decideAll([
        [HEALTH, healthApprover, 'denied', '卫生条件不达标'],
        [FIRE, fireApprover, 'approved'],
        [MARKET, marketApprover, 'denied', '经营范围不符'],
      ]);
      // Tasks reloaded in another order still put the lead's reason first.
      expect(jointOutcome([...tasks].reverse())).toEqual({
        decided: true,
        outcome: 'denied',
        reasons: ['经营范围不符', '卫生条件不达标'],
      });
    });

    it('treats an empty task list as a programming error', () => {
      expect(() => jointOutcome([])).toThrow(RangeError);
    });
  });

  it('whatever order the departments decide in, the outcome is denied iff some task was denied, and pending until every task is decided', () => {
    const departments = [MARKET, FIRE, HEALTH, '11330100MB0000001A', '11330100MB0000002B'];
    const scenario = fc.integer({ min: 1, max: departments.length }).chain((count) =>
      fc.record({
        involved: fc.constant(departments.slice(1, count)),
        order: fc.shuffledSubarray(departments.slice(0, count), {
          minLength: count,
          maxLength: count,
        }),
        denied: fc.array(fc.boolean(), { minLength: count, maxLength: count }),
        askFirst: fc.array(fc.boolean(), { minLength: count, maxLength: count }),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ involved, order, denied, askFirst }) => {
        let tasks = openTasks({ lead: MARKET, involved }, new Date(0));
        order.forEach((department, step) => {
          const by = approverOf(department);
          expect(jointOutcome(tasks).decided).toBe(false);
          if (askFirst[step]) {
            tasks = materialReceived(
              requestMaterial(tasks, department, '补充', by, new Date()),
              new Date(),
            );
          }
          const outcome = denied[step] ? 'denied' : 'approved';
          const reason = denied[step] ? `${department} 不同意` : undefined;
          tasks = decideTask(tasks, department, { outcome, reason }, by, new Date());
        });
        const result = jointOutcome(tasks);
        const deniedDepartments = order.filter((_, step) => denied[step]);
        expect(result).toEqual({
          decided: true,
          outcome: deniedDepartments.length > 0 ? 'denied' : 'approved',
          reasons: tasks
            .filter((task) => deniedDepartments.includes(task.department))
            .map((task) => `${task.department} 不同意`),
        });
      }),
    );
  });
});
