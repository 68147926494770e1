import { type Role } from '@gov/contracts';
import {
  isBadReview,
  isConcluded,
  levelLabel,
  raterRoleOf,
  storedDimensions,
} from './rating-rules';

const caller = (subject: string, ...roles: Role[]) => ({ subject, roles });

describe('who may rate a case', () => {
  it('lets the applicant rate their own case as the applicant', () => {
    expect(raterRoleOf(caller('zhang', 'citizen'), { agentSubject: null }, true)).toBe('applicant');
  });

  it('lets the agent who submitted for the applicant rate as the agent', () => {
    expect(raterRoleOf(caller('ld-agent', 'agent'), { agentSubject: 'ld-agent' }, true)).toBe(
      'agent',
    );
  });

  it('refuses another agent, even of the same point', () => {
    expect(raterRoleOf(caller('other', 'agent'), { agentSubject: 'ld-agent' }, false)).toBeNull();
  });

  it('refuses a citizen whose case it is not', () => {
    expect(raterRoleOf(caller('li', 'citizen'), { agentSubject: null }, false)).toBeNull();
  });

  it('refuses the clerk who entered the case at the window, though they submitted it', () => {
    expect(raterRoleOf(caller('clerk', 'clerk'), { agentSubject: null }, true)).toBeNull();
  });
});

describe('the rules of a rating', () => {
  it('takes ratings only once a case is concluded or delivered', () => {
    expect(isConcluded('concluded')).toBe(true);
    expect(isConcluded('delivered')).toBe(true);
    expect(isConcluded('decided')).toBe(false);
    expect(isConcluded('under-review')).toBe(false);
    expect(isConcluded('withdrawn')).toBe(false);
  });

  it('counts 不满意 and 非常不满意 as bad reviews, 基本满意 not', () => {
    expect([1, 2, 3, 4, 5].map(isBadReview)).toEqual([true, true, false, false, false]);
  });

  it('names the five levels of 国办发〔2019〕51号', () => {
    expect([5, 4, 3, 2, 1].map(levelLabel)).toEqual([
      '非常满意',
      '满意',
      '基本满意',
      '不满意',
      '非常不满意',
    ]);
  });

  it('stores the level as the overall satisfaction beside the four scored dimensions', () => {
    const dimensions = { efficiency: 2, guideAccuracy: 4, convenience: 3, attitude: 5 };
    expect(storedDimensions({ id: 'x', level: 2, dimensions })).toEqual({
      overall: 2,
      ...dimensions,
    });
  });
});
