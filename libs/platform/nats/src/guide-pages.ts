import { type GuidePage, itemContracts, itemEvents } from '@gov/contracts';
import {
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Events, type NatsConnection, type Subscription } from 'nats';
import { NatsRequester } from './nats-requester';
import { NATS_CONNECTION } from './requester.module';

/** A guide page as served: the page, its JSON text and the entity tag that names this exact content. */
export interface CachedGuide {
  readonly page: GuidePage;
  readonly body: string;
  readonly etag: string;
  readonly storedAt: number;
}

const MAX_ENTRIES = 10_000;
/** Backstop for a change event this process missed while disconnected from NATS. */
const MAX_AGE_MS = 5 * 60_000;

/** A fetch of one page under way; an event about its item while it runs marks it stale. */
interface Fetch {
  stale: boolean;
}

/**
 * A copy of the catalog's guide pages (an item and its version in force), the most read thing of
 * the suite: the gateway serves public reads from it, the cases service takes applications against
 * it. The version in force changes only by an event: `item.published`, `abolished` or `delegated`
 * drops the item's entry at once (every process holding a copy listens on core NATS); a reconnect
 * to NATS drops every entry, since events may have gone by meanwhile; and entries older than five
 * minutes are fetched again as a backstop. A page fetched while its item changed is answered to
 * those who asked before the change but neither kept nor given to anyone asking after it.
 */
@Injectable()
export class GuidePages implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(GuidePages.name);
  private readonly entries = new Map<string, CachedGuide>();
  /** Fetches under way, so that simultaneous misses of one item ask the catalog once. */
  private readonly fetching = new Map<
    string,
    { readonly fetch: Fetch; readonly answer: Promise<CachedGuide> }
  >();
  private readonly subscriptions: Subscription[] = [];

  constructor(
    @Inject(NATS_CONNECTION) private readonly connection: NatsConnection,
    private readonly bus: NatsRequester,
  ) {}

  onModuleInit(): void {
    const subjects = [
      itemEvents.itemPublished,
      itemEvents.itemAbolished,
      itemEvents.itemDelegated,
    ].map((event) => `${event.subjectPrefix}.>`);
    for (const subject of subjects) {
      const subscription = this.connection.subscribe(subject, {
        callback: (error, message) => {
          if (error) {
            this.logger.warn(`Item events on ${subject} stopped: ${error.message}`);
            return;
          }
          try {
            const event = message.json<{ data?: { code?: unknown } }>();
            if (typeof event.data?.code === 'string') this.forget(event.data.code);
          } catch (unreadable) {
            this.logger.warn(`Unreadable item event on ${message.subject}: ${String(unreadable)}`);
          }
        },
      });
      this.subscriptions.push(subscription);
    }
    this.forgetAllOnReconnect().catch((error: unknown) =>
      this.logger.warn(`Stopped watching for reconnects: ${String(error)}`),
    );
  }

  onModuleDestroy(): void {
    for (const subscription of this.subscriptions) subscription.unsubscribe();
  }

  /** The item's guide page; the catalog's errors (an unknown item: not found) pass through. */
  page(code: string): Promise<CachedGuide> {
    const entry = this.kept(code);
    if (entry) return Promise.resolve(entry);
    const pending = this.fetching.get(code);
    if (pending) return pending.answer;
    const fetch: Fetch = { stale: false };
    const answer = this.fetch(code, fetch);
    this.fetching.set(code, { fetch, answer });
    return answer;
  }

  /** The page if this copy holds it and it is current, without asking the catalog. */
  kept(code: string): CachedGuide | undefined {
    const entry = this.entries.get(code);
    if (!entry || Date.now() - entry.storedAt > MAX_AGE_MS) return undefined;
    // Re-insert, so the map's order is least recently used first.
    this.entries.delete(code);
    this.entries.set(code, entry);
    return entry;
  }

  /** Asks the catalog; the `finally` runs after the first `await`, so after `page` noted the fetch. */
  private async fetch(code: string, fetch: Fetch): Promise<CachedGuide> {
    try {
      const page = await this.bus.request(itemContracts.getGuide, { code });
      const body = JSON.stringify(page);
      const entry: CachedGuide = {
        page,
        body,
        etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
        storedAt: Date.now(),
      };
      if (!fetch.stale) this.keep(code, entry);
      return entry;
    } finally {
      if (this.fetching.get(code)?.fetch === fetch) this.fetching.delete(code);
    }
  }

  private keep(code: string, entry: CachedGuide): void {
    this.entries.delete(code);
    this.entries.set(code, entry);
    if (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  private forget(code: string): void {
    this.entries.delete(code);
    const pending = this.fetching.get(code);
    if (!pending) return;
    pending.fetch.stale = true;
    this.fetching.delete(code);
  }

  private async forgetAllOnReconnect(): Promise<void> {
    for await (const status of this.connection.status()) {
      if (status.type !== Events.Reconnect) continue;
      this.entries.clear();
      for (const code of [...this.fetching.keys()]) this.forget(code);
    }
  }
}
