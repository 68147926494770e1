import { connect } from 'nats';
import { closedLoop, type LoadResult } from '../support/load';

/**
 * Baseline (c): a raw NATS request-reply round trip — a responder on a connection of its own
 * answering a small JSON body at once — the ceiling of one hop over the bus.
 */
export async function natsRoundTripBaseline(
  natsUrl: string,
  concurrency: number,
  durationMs: number,
): Promise<LoadResult> {
  const responder = await connect({ servers: natsUrl, name: 'bench-responder' });
  const requester = await connect({ servers: natsUrl, name: 'bench-requester' });
  const subject = `bench.baseline.${process.pid}`;
  const answer = new TextEncoder().encode(JSON.stringify({ ok: true, at: 'baseline' }));
  const subscription = responder.subscribe(subject, {
    callback: (error, message) => {
      if (!error) message.respond(answer);
    },
  });
  await responder.flush();
  try {
    const body = new TextEncoder().encode(JSON.stringify({ id: 'baseline', division: '330102' }));
    return await closedLoop({
      concurrency,
      warmupMs: 2_000,
      durationMs,
      fn: () => requester.request(subject, body, { timeout: 5_000 }),
    });
  } finally {
    subscription.unsubscribe();
    await requester.drain();
    await responder.drain();
  }
}
