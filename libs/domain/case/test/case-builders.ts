// Builders for the case specs: actors per role, instants written as Beijing time, and a story
// that applies commands one after another. The calendar is the real State Council one.
import { officialChinaCalendar, WorkingCalendar } from '@gov/calendar';
import type { CaseActor, CaseActorRole } from '../src/case-actor';
import type { CaseCommand, CaseContext } from '../src/case-command';
import { CaseDomainError } from '../src/case-domain.error';
import type { CaseLimits, CasePlan, CaseState, CaseTransition } from '../src/case-state';
import { submitCase } from '../src/submit-case';
import { transition } from '../src/transition';

export const calendar = WorkingCalendar.fromLayers([officialChinaCalendar()]);

/** An instant given as Beijing local time, e.g. `2025-06-09T09:00`. */
export function beijing(local: string): Date {
  return new Date(`${local}:00+08:00`);
}

export function actor(role: CaseActorRole, username: string = role): CaseActor {
  return { id: `user-${username}`, username, role };
}

export const clerk = actor('clerk', 'zhang.wei');
export const otherClerk = actor('clerk', 'li.na');
export const approver = actor('approver', 'wang.fang');
export const citizen = actor('citizen', 'chen.jie');
export const agent = actor('agent', 'zhao.lei');
export const supervisor = actor('supervisor', 'sun.li');
export const system = actor('system', 'system');

export const STANDARD_LIMITS: CaseLimits = { statutory: 20, promised: 10 };

export function contextOf(by: CaseActor, local: string): CaseContext {
  return { actor: by, now: beijing(local), calendar };
}

/** A case and everything that happened to it, grown one command at a time. */
export class CaseStory {
  private constructor(
    readonly state: CaseState,
    readonly transitions: readonly CaseTransition[],
  ) {}

  /** A case submitted online by a citizen (no staff involved yet). */
  static submitted(
    local = '2025-06-09T09:00',
    options: { limits?: CaseLimits; by?: CaseActor; plan?: CasePlan } = {},
  ): CaseStory {
    const { state, transition: first } = submitCase(
      {
        limits: options.limits ?? STANDARD_LIMITS,
        ...(options.plan ? { plan: options.plan } : {}),
      },
      { actor: options.by ?? citizen, now: beijing(local) },
    );
    return new CaseStory(state, [first]);
  }

  then(command: CaseCommand, by: CaseActor, local: string): CaseStory {
    const result = transition(this.state, command, contextOf(by, local));
    return new CaseStory(result.state, [...this.transitions, result.transition]);
  }

  get last(): CaseTransition {
    const last = this.transitions.at(-1);
    if (!last) {
      throw new Error('a story always starts with its submission');
    }
    return last;
  }
}

/** An accepted case under review: submitted Mon 9 June 2025 09:00, accepted 10:00 the same day. */
export function underReview(options: { limits?: CaseLimits; plan?: CasePlan } = {}): CaseStory {
  return CaseStory.submitted('2025-06-09T09:00', options).then(
    { action: 'accept' },
    clerk,
    '2025-06-09T10:00',
  );
}

/** A correction notice naming two materials. */
export const TWO_MISSING: CaseCommand = {
  action: 'request-correction',
  items: [
    { material: '营业执照副本', problem: '未提供' },
    { material: '场地使用证明', problem: '租赁合同已过期' },
  ],
};

/** The `CaseDomainError` that `run` throws; fails the test when it throws nothing or something else. */
export function refusal(run: () => unknown): CaseDomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof CaseDomainError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected the action to be refused');
}
