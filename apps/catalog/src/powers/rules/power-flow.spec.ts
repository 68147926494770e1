import { type FlowStep } from '@gov/contracts';
import { describeFlowProblem, flowChart, flowProblem } from './power-flow';

/** A step with the given next steps (`'to'` or `['to', 'condition']`). */
function step(id: string, ...next: (string | [string, string])[]): FlowStep {
  return {
    id,
    name: `步骤${id}`,
    role: '经办人员',
    responsibility: `办理${id}`,
    next: next.map((target) =>
      typeof target === 'string' ? { to: target } : { to: target[0], condition: target[1] },
    ),
  };
}

describe('flow validation', () => {
  it('accepts a straight line from one start to one end', () => {
    expect(flowProblem([step('a', 'b'), step('b', 'c'), step('c')])).toBeNull();
  });

  it('accepts a single step that is both start and end', () => {
    expect(flowProblem([step('only')])).toBeNull();
  });

  it('accepts branches that end in several places and branches that join again', () => {
    const flow = [
      step('accept', ['review', '材料齐全'], ['notice', '材料不全']),
      step('notice'),
      step('review', 'inspect', 'decide'),
      step('inspect', 'decide'),
      step('decide'),
    ];
    expect(flowProblem(flow)).toBeNull();
  });

  it('refuses a next step that does not exist, naming both steps', () => {
    const problem = flowProblem([step('a', 'b'), step('b', 'x')]);
    expect(problem).toEqual({ reason: 'unknown_step', step: 'b', next: 'x' });
    expect(describeFlowProblem(problem!)).toContain('「b」的下一步「x」不存在');
  });

  it('refuses two steps with the same id', () => {
    expect(flowProblem([step('a', 'b'), step('b'), step('a')])).toEqual({
      reason: 'duplicate_step',
      step: 'a',
    });
  });

  it('refuses the same transition listed twice', () => {
    expect(flowProblem([step('a', 'b', 'b'), step('b')])).toEqual({
      reason: 'duplicate_transition',
      step: 'a',
      next: 'b',
    });
  });

  it('refuses a cycle and names the steps on it or behind it', () => {
    const problem = flowProblem([step('a', 'b'), step('b', 'c'), step('c', 'b', 'd'), step('d')]);
    expect(problem).toEqual({ reason: 'cycle', steps: ['b', 'c', 'd'] });
    expect(describeFlowProblem(problem!)).toContain('不得成环');
  });

  it('refuses a step that leads to itself', () => {
    expect(flowProblem([step('a', 'a')])).toEqual({ reason: 'cycle', steps: ['a'] });
  });

  it('refuses a flow where every step is reached from another, as a cycle', () => {
    expect(flowProblem([step('a', 'b'), step('b', 'a')])).toMatchObject({ reason: 'cycle' });
  });

  it('refuses two starts, e.g. a step nothing leads to', () => {
    const problem = flowProblem([step('a', 'c'), step('b', 'c'), step('c')]);
    expect(problem).toEqual({ reason: 'several_starts', steps: ['a', 'b'] });
    expect(describeFlowProblem(problem!)).toContain('只有一个起始步骤');
  });
});

describe('flow chart', () => {
  const flow = [
    step('decide'),
    step('accept', ['review', '材料齐全'], ['notice', '材料不全']),
    step('inspect', 'decide'),
    step('review', 'inspect', 'decide'),
    step('notice'),
  ];

  it('lists the steps in topological order, each after the steps leading to it', () => {
    const { nodes } = flowChart(flow);
    expect(nodes.map((node) => node.id)).toEqual([
      'accept',
      'review',
      'inspect',
      'decide',
      'notice',
    ]);
  });

  it('places each step on the layer of its longest path from the start', () => {
    const layers = Object.fromEntries(flowChart(flow).nodes.map((node) => [node.id, node.layer]));
    expect(layers).toEqual({ accept: 0, review: 1, notice: 1, inspect: 2, decide: 3 });
  });

  it('marks the one start and every end, and keeps the responsibility of each step', () => {
    const { nodes } = flowChart(flow);
    expect(nodes.filter((node) => node.start).map((node) => node.id)).toEqual(['accept']);
    expect(nodes.filter((node) => node.end).map((node) => node.id)).toEqual(['decide', 'notice']);
    expect(nodes.find((node) => node.id === 'inspect')).toMatchObject({
      role: '经办人员',
      responsibility: '办理inspect',
    });
  });

  it('draws one edge per transition with its condition, or null without one', () => {
    expect(flowChart(flow).edges).toEqual(
      expect.arrayContaining([
        { from: 'accept', to: 'review', condition: '材料齐全' },
        { from: 'accept', to: 'notice', condition: '材料不全' },
        { from: 'review', to: 'decide', condition: null },
      ]),
    );
    expect(flowChart(flow).edges).toHaveLength(5);
  });
});
