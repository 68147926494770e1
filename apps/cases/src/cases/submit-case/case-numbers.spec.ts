import { SequenceBlocks } from './case-numbers';

/** A sequence of 1, 2, 3, … handing out `size` values a fetch, counting its fetches. */
function countingSequence(size: number) {
  let last = 0;
  const counter = { fetches: 0 };
  const fetchBlock = async () => {
    counter.fetches += 1;
    await new Promise((resolve) => setImmediate(resolve));
    return Array.from({ length: size }, () => (last += 1));
  };
  return { counter, fetchBlock };
}

describe('SequenceBlocks', () => {
  it('hands out every value of a block once, in order, before fetching the next block', async () => {
    const { counter, fetchBlock } = countingSequence(3);
    const blocks = new SequenceBlocks(fetchBlock);
    const taken = [];
    for (let i = 0; i < 7; i += 1) taken.push(await blocks.take());
    expect(taken).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(counter.fetches).toBe(3);
  });

  it('gives callers arriving at once distinct values from one shared fetch per block', async () => {
    const { counter, fetchBlock } = countingSequence(5);
    const blocks = new SequenceBlocks(fetchBlock);
    const taken = await Promise.all(Array.from({ length: 12 }, () => blocks.take()));
    expect(new Set(taken).size).toBe(12);
    expect([...taken].sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(counter.fetches).toBe(3);
  });

  it('fails the callers of a failed fetch and fetches again for the next caller', async () => {
    let fail = true;
    const blocks = new SequenceBlocks(() =>
      fail ? Promise.reject(new Error('database away')) : Promise.resolve([41, 42]),
    );
    await expect(blocks.take()).rejects.toThrow('database away');
    fail = false;
    await expect(blocks.take()).resolves.toBe(41);
  });

  it('refuses an empty block rather than waiting forever', async () => {
    const blocks = new SequenceBlocks(() => Promise.resolve([]));
    await expect(blocks.take()).rejects.toThrow('gave no values');
  });
});
