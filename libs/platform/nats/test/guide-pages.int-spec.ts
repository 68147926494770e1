import {
  type CloudEvent,
  type EventContract,
  GovError,
  type GuidePage,
  itemContracts,
  itemEvents,
} from '@gov/contracts';
import { startNatsServer, type NatsServer } from '@gov/testing';
import { randomUUID } from 'node:crypto';
import { connect, type Msg, type NatsConnection } from 'nats';
import { encodeErrorReply, encodeJson, GuidePages, NatsRequester, toNatsHeaders } from '../src';

const sample = itemContracts.getGuide.samples.reply;
const division = sample.item.division;

/** The guide page of `code` with `version` in force, shaped as the contract's sample. */
function pageOf(code: string, version: number): GuidePage {
  return {
    ...sample,
    item: { ...sample.item, code, publishedVersion: version, latestVersion: version },
    version: { ...sample.version, code, version },
  };
}

let codes = 0;
/** An item code of the base-code shape, never used by another test. */
function uniqueCode(): string {
  codes += 1;
  return `XK${String(process.pid % 100_000).padStart(5, '0')}${String(codes).padStart(3, '0')}`;
}

/**
 * Stands in for the catalog on the bus: answers `getGuide` from the pages it is given, as the real
 * transport encodes replies, with `CATALOG.ITEM_NOT_FOUND` for any other item. It reads the page
 * when the request arrives; a held item's answer waits until it is released.
 */
class StandInCatalog {
  private readonly pages = new Map<string, GuidePage>();
  private readonly requests = new Map<string, number>();
  private readonly holds = new Map<string, { arrived: () => void; released: Promise<void> }>();

  constructor(private readonly connection: NatsConnection) {
    connection.subscribe(itemContracts.getGuide.subject, {
      callback: (_error, message) => void this.answer(message),
    });
  }

  /** From now on the catalog answers this page for its item. */
  serve(page: GuidePage): void {
    this.pages.set(page.item.code, page);
  }

  /** How many requests for the item the catalog has had. */
  asked(code: string): number {
    return this.requests.get(code) ?? 0;
  }

  /** Holds the answer to the next request for the item: resolves once it arrived, with `release`. */
  hold(code: string): { arrived: Promise<void>; release: () => void } {
    let arrived = () => {};
    let release = () => {};
    const arrival = new Promise<void>((resolve) => (arrived = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    this.holds.set(code, { arrived, released });
    return { arrived: arrival, release };
  }

  /** Publishes an item event as the catalog's relay does (a CloudEvent on the division's subject). */
  async publish(event: EventContract, code: string): Promise<void> {
    const envelope: CloudEvent = {
      specversion: '1.0',
      id: randomUUID(),
      source: '/gov/catalog',
      type: event.type,
      subject: randomUUID(),
      time: new Date().toISOString(),
      datacontenttype: 'application/json',
      data: { ...(event.sample as Record<string, unknown>), code },
      division,
      sequence: 2,
    };
    this.connection.publish(event.subjectFor(division), encodeJson(envelope), {
      headers: toNatsHeaders(),
    });
    await this.connection.flush();
  }

  private async answer(message: Msg): Promise<void> {
    const { code } = message.json<{ code: string }>();
    this.requests.set(code, this.asked(code) + 1);
    const page = this.pages.get(code);
    const hold = this.holds.get(code);
    if (hold) {
      this.holds.delete(code);
      hold.arrived();
      await hold.released;
    }
    if (page) {
      message.respond(encodeJson(page), { headers: toNatsHeaders() });
    } else {
      const failure = encodeErrorReply(new GovError('CATALOG.ITEM_NOT_FOUND', undefined, { code }));
      message.respond(failure.data, { headers: failure.headers });
    }
  }
}

// A nats-server of this file's own, as the e2e suites have: `getGuide` and the item events are the
// real catalog's subjects, which a catalog started on a shared server would answer too.
describe('the copy of guide pages', () => {
  let nats: NatsServer;
  let connection: NatsConnection;
  let catalogConnection: NatsConnection;
  let catalog: StandInCatalog;
  let guides: GuidePages;

  /** Publishes an item event and returns once the copy has received it. */
  async function itemChanged(event: EventContract, code: string): Promise<void> {
    await catalog.publish(event, code);
    await connection.flush();
  }

  beforeAll(async () => {
    nats = await startNatsServer();
    connection = await connect({ servers: nats.url });
    catalogConnection = await connect({ servers: nats.url });
    catalog = new StandInCatalog(catalogConnection);
    await catalogConnection.flush();
  });
  afterAll(async () => {
    await connection?.drain();
    await catalogConnection?.drain();
    await nats?.stop();
  });

  beforeEach(async () => {
    guides = new GuidePages(connection, new NatsRequester(connection, 2_000));
    guides.onModuleInit();
    await connection.flush();
  });
  afterEach(() => guides.onModuleDestroy());

  it('fetches a page asked twice from the catalog once, and answers the copy with the same etag', async () => {
    const code = uniqueCode();
    catalog.serve(pageOf(code, 1));

    const first = await guides.page(code);
    const second = await guides.page(code);

    expect(first.page).toEqual(pageOf(code, 1));
    expect(first.etag).toMatch(/^"[\w-]{27}"$/);
    expect(second.etag).toBe(first.etag);
    expect(second.page).toEqual(first.page);
    expect(catalog.asked(code)).toBe(1);
  });

  it('sends one request for simultaneous asks of one item not yet copied', async () => {
    const code = uniqueCode();
    catalog.serve(pageOf(code, 1));
    const { arrived, release } = catalog.hold(code);

    const asks = [guides.page(code), guides.page(code)];
    await arrived;
    asks.push(guides.page(code));
    release();
    const answers = await Promise.all(asks);

    expect(catalog.asked(code)).toBe(1);
    expect(new Set(answers.map((answer) => answer.etag)).size).toBe(1);
    expect(answers.map((answer) => answer.page.version.version)).toEqual([1, 1, 1]);
  });

  it.each([
    ['item.published', itemEvents.itemPublished],
    ['item.abolished', itemEvents.itemAbolished],
    ['item.delegated', itemEvents.itemDelegated],
  ])(
    'drops the copy of an item on its %s event, so the next ask sees the new version',
    async (_name, event) => {
      const code = uniqueCode();
      catalog.serve(pageOf(code, 1));
      const before = await guides.page(code);

      catalog.serve(pageOf(code, 2));
      await itemChanged(event, code);
      const after = await guides.page(code);

      expect(catalog.asked(code)).toBe(2);
      expect(after.page.version.version).toBe(2);
      expect(after.etag).not.toBe(before.etag);
    },
  );

  it("keeps the copy of an item when another item's event arrives", async () => {
    const code = uniqueCode();
    catalog.serve(pageOf(code, 1));
    const before = await guides.page(code);

    await itemChanged(itemEvents.itemPublished, uniqueCode());

    expect((await guides.page(code)).etag).toBe(before.etag);
    expect(catalog.asked(code)).toBe(1);
  });

  /** Asks for a page the catalog reads at version 1, then publishes version 2 before the answer. */
  async function askDuringPublication(code: string) {
    catalog.serve(pageOf(code, 1));
    const { arrived, release } = catalog.hold(code);
    const asked = guides.page(code);
    await arrived; // The catalog has read version 1 …
    catalog.serve(pageOf(code, 2));
    await itemChanged(itemEvents.itemPublished, code); // … version 2 is published meanwhile.
    return { asked, release };
  }

  it('answers a page fetched while its item changed but does not keep it', async () => {
    const code = uniqueCode();
    const { asked, release } = await askDuringPublication(code);
    release(); // Only now does version 1 reach the copy.

    expect((await asked).page.version.version).toBe(1);
    const next = await guides.page(code);
    expect(catalog.asked(code)).toBe(2);
    expect(next.page.version.version).toBe(2);
  });

  it('gives an ask made after the change a fresh fetch, not the one already under way', async () => {
    const code = uniqueCode();
    const { asked: before, release } = await askDuringPublication(code);
    const after = guides.page(code); // Someone asks after the publication.
    release();

    expect((await before).page.version.version).toBe(1);
    expect((await after).page.version.version).toBe(2);
    expect(catalog.asked(code)).toBe(2);
    expect((await guides.page(code)).page.version.version).toBe(2);
  });

  it("passes an unknown item's not-found error on as a GovError and asks again the next time", async () => {
    const code = uniqueCode();

    const failure = guides.page(code);
    await expect(failure).rejects.toBeInstanceOf(GovError);
    await expect(failure).rejects.toMatchObject({
      code: 'CATALOG.ITEM_NOT_FOUND',
      kind: 'not_found',
      details: { code },
    });
    await expect(guides.page(code)).rejects.toMatchObject({ code: 'CATALOG.ITEM_NOT_FOUND' });
    expect(catalog.asked(code)).toBe(2);

    catalog.serve(pageOf(code, 1));
    expect((await guides.page(code)).page.item.code).toBe(code);
    expect(catalog.asked(code)).toBe(3);
  });
});
