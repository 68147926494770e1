import fc from 'fast-check';
import { actor, beijing, calendar, otherClerk } from '../test/case-builders';
import { CASE_ACTOR_ROLES, type CaseActorKind, type CaseActorRole } from './case-actor';
import { legalClockOf } from './case-clock';
import type { CaseCommand } from './case-command';
import { CaseDomainError } from './case-domain.error';
import type { CaseState } from './case-state';
import { CASE_TRANSITIONS } from './case-transitions';
import { submitCase } from './submit-case';
import { transition } from './transition';

const COMMANDS: readonly CaseCommand[] = [
  { action: 'accept' },
  { action: 'reject', reason: '不属于本机关职权范围' },
  { action: 'request-correction', items: [{ material: '申请书', problem: '未签字' }] },
  { action: 'request-correction', items: [{ material: '身份证明', problem: '未提供' }] },
  { action: 'resubmit' },
  { action: 'deem-accepted' },
  { action: 'suspend', kind: 'expert-review', reason: '专家评审' },
  { action: 'resume' },
  { action: 'extend', days: 10, reason: '需现场核查' },
  { action: 'decide', outcome: 'approved' },
  { action: 'decide', outcome: 'denied', reason: '不符合法定条件' },
  { action: 'conclude' },
  { action: 'deliver', method: 'electronic' },
  { action: 'withdraw' },
  { action: 'hand-over', to: otherClerk, reason: '转办' },
];

const FITTING_ROLE: Record<CaseActorKind, CaseActorRole> = {
  applicant: 'citizen',
  staff: 'clerk',
  oversight: 'supervisor',
  system: 'system',
};

const step = fc.record({
  command: fc.constantFrom(...COMMANDS),
  // Mostly someone allowed to take the action (so that cases get far), sometimes anyone.
  role: fc.option(fc.constantFrom(...CASE_ACTOR_ROLES), { freq: 4, nil: undefined }),
  user: fc.constantFrom('a', 'b'),
  minutesLater: fc.integer({ min: 0, max: 4 * 24 * 60 }),
});

const NOT_ACCEPTED = ['submitted', 'correction-requested', 'rejected'];
const ACCEPTED = ['under-review', 'suspended', 'decided', 'concluded', 'delivered'];

function invariantsHold(state: CaseState, previous: CaseState): boolean {
  const accepted = state.acceptance !== undefined;
  const open = state.suspensions.filter((suspension) => suspension.resumedAt === undefined);
  const clock = legalClockOf(state, calendar, state.updatedAt);
  const kept = <K extends keyof CaseState>(key: K) =>
    previous[key] === undefined || state[key] === previous[key];
  return (
    state.sequence === previous.sequence + 1 &&
    kept('firstResponder') &&
    kept('extension') &&
    kept('acceptance') &&
    kept('decision') &&
    (!NOT_ACCEPTED.includes(state.status) || !accepted) &&
    (!ACCEPTED.includes(state.status) || accepted) &&
    open.length ===
      (state.status === 'suspended' ? 1 : state.status === 'withdrawn' ? open.length : 0) &&
    open.length <= 1 &&
    (clock.phase === 'not-started') === !accepted &&
    (state.status === 'suspended') === (clock.phase === 'suspended')
  );
}

describe('case lifecycle properties', () => {
  it('moves only along the transition table and keeps its invariants, whatever is tried', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        let state = submitCase(
          { limits: { statutory: 20, promised: 10 } },
          { actor: actor('citizen'), now: beijing('2025-06-09T09:00') },
        ).state;
        for (const { command, role, user, minutesLater } of steps) {
          const by = actor(
            role ?? FITTING_ROLE[CASE_TRANSITIONS[command.action].by[0] ?? 'staff'],
            user,
          );
          const now = new Date(state.updatedAt.getTime() + minutesLater * 60_000);
          try {
            const result = transition(state, command, { actor: by, now, calendar });
            const rule = CASE_TRANSITIONS[command.action];
            const expectedTo = rule.to === 'same' ? state.status : rule.to;
            if (!rule.from.includes(state.status) || result.state.status !== expectedTo) {
              return false;
            }
            if (!invariantsHold(result.state, state)) {
              return false;
            }
            state = result.state;
          } catch (error) {
            if (!(error instanceof CaseDomainError)) {
              throw error;
            }
          }
        }
        return true;
      }),
    );
  });
});
