import { type GuidePage, itemEvents } from '@gov/contracts';
import {
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { createHash } from 'node:crypto';
import { type NatsConnection, type Subscription } from 'nats';
import { NATS_CONNECTION } from '@gov/nats';

/** A guide page as served: its body and the entity tag that names this exact content. */
export interface CachedGuide {
  readonly page: GuidePage;
  readonly etag: string;
  readonly storedAt: number;
}

const MAX_ENTRIES = 10_000;
/** Backstop for a change event this gateway missed while disconnected from NATS. */
const MAX_AGE_MS = 5 * 60_000;

/**
 * The gateway's copy of public guide pages, the most read thing of the suite. An item's
 * `item.published`/`abolished`/`delegated` event drops its entry at once (every gateway instance listens),
 * and entries older than five minutes are fetched again in case an event was missed.
 */
@Injectable()
export class GuideCache implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(GuideCache.name);
  private readonly entries = new Map<string, CachedGuide>();
  private readonly subscriptions: Subscription[] = [];

  constructor(@Inject(NATS_CONNECTION) private readonly connection: NatsConnection) {}

  onModuleInit(): void {
    const subjects = [
      itemEvents.itemPublished,
      itemEvents.itemAbolished,
      itemEvents.itemDelegated,
    ].map((event) => `${event.subjectPrefix}.>`);
    for (const subject of subjects) {
      const subscription = this.connection.subscribe(subject, {
        callback: (_error, message) => {
          try {
            const event = message.json<{ data?: { code?: unknown } }>();
            if (typeof event.data?.code === 'string') this.entries.delete(event.data.code);
          } catch (error) {
            this.logger.warn(`Unreadable item event on ${message.subject}: ${String(error)}`);
          }
        },
      });
      this.subscriptions.push(subscription);
    }
  }

  onModuleDestroy(): void {
    for (const subscription of this.subscriptions) subscription.unsubscribe();
  }

  get(code: string): CachedGuide | undefined {
    const entry = this.entries.get(code);
    if (!entry || Date.now() - entry.storedAt > MAX_AGE_MS) return undefined;
    // Re-insert, so the map's order is least recently used first.
    this.entries.delete(code);
    this.entries.set(code, entry);
    return entry;
  }

  put(code: string, page: GuidePage): CachedGuide {
    const body = JSON.stringify(page);
    const entry = {
      page,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
      storedAt: Date.now(),
    };
    this.entries.delete(code);
    this.entries.set(code, entry);
    if (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return entry;
  }
}
