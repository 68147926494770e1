import { Slots } from './slots';

/** A task that runs until released, recording when it started. */
function gate(log: string[], name: string) {
  let release: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (release = resolve));
  return {
    task: async () => {
      log.push(`start ${name}`);
      await done;
      return name;
    },
    release: () => release(),
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('Slots', () => {
  it('runs no more tasks at once than its size and starts the waiting ones in arrival order', async () => {
    const log: string[] = [];
    const slots = new Slots(2);
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((name) => gate(log, name));
    const results = [a, b, c, d].map((each) => slots.run(each!.task));
    await settle();
    expect(log).toEqual(['start a', 'start b']);
    b!.release();
    await settle();
    expect(log).toEqual(['start a', 'start b', 'start c']);
    a!.release();
    c!.release();
    d!.release();
    await expect(Promise.all(results)).resolves.toEqual(['a', 'b', 'c', 'd']);
  });

  it('frees the slot of a task that failed', async () => {
    const slots = new Slots(1);
    await expect(slots.run(() => Promise.reject(new Error('broken')))).rejects.toThrow('broken');
    await expect(slots.run(() => Promise.resolve('next'))).resolves.toBe('next');
  });

  it('refuses a size below one', () => {
    expect(() => new Slots(0)).toThrow(RangeError);
  });
});
