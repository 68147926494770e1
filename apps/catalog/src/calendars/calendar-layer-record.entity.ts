import { type DateOverride } from '@gov/calendar';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { type Announcement, type LayerView } from './calendar-layer-view';

/**
 * A division's own layer of the working calendar: the province's holds the State Council's
 * announcements, one per year; any level may hold single-date overrides with their reasons.
 */
@Entity({ tableName: 'calendar_layer' })
export class CalendarLayerRecord {
  @PrimaryKey({ type: 'string', length: 12 })
  readonly division: string;

  @Property({ type: 'json' })
  announcements: Announcement[];

  @Property({ type: 'json' })
  overrides: DateOverride[];

  /** Optimistic lock and the `sequence` of `calendar.changed`. */
  @Property({ type: 'integer', version: true })
  version!: number;

  private constructor(division: string, announcements: readonly Announcement[]) {
    this.division = division;
    this.announcements = [...announcements];
    this.overrides = [];
  }

  /** A division's first layer; a province's starts from the announcements it already follows. */
  static start(division: string, announcements: readonly Announcement[] = []): CalendarLayerRecord {
    return new CalendarLayerRecord(division, announcements);
  }

  hasAnnouncement(year: number): boolean {
    return this.announcements.some((announcement) => announcement.year === year);
  }

  announce(announcement: Announcement): void {
    this.announcements = [...this.announcements, announcement].sort((a, b) => a.year - b.year);
  }

  /** Removes a year's announcement; null when the layer has none for that year. */
  withdraw(year: number): Announcement | null {
    const withdrawn = this.announcements.find((announcement) => announcement.year === year);
    if (!withdrawn) return null;
    this.announcements = this.announcements.filter((announcement) => announcement !== withdrawn);
    return withdrawn;
  }

  /** Sets the override of its date (replacing one there); false when it is already exactly so. */
  setOverride(override: DateOverride): boolean {
    const existing = this.overrides.find((candidate) => candidate.date === override.date);
    if (existing?.working === override.working && existing.reason === override.reason) {
      return false;
    }
    this.overrides = [
      ...this.overrides.filter((candidate) => candidate !== existing),
      override,
    ].sort((a, b) => a.date.localeCompare(b.date));
    return true;
  }

  /** Removes the override of a date; null when there is none. */
  removeOverride(date: string): DateOverride | null {
    const removed = this.overrides.find((candidate) => candidate.date === date);
    if (!removed) return null;
    this.overrides = this.overrides.filter((candidate) => candidate !== removed);
    return removed;
  }

  view(name: string, version: number): LayerView {
    return {
      division: this.division,
      name,
      version,
      announcements: this.announcements,
      overrides: this.overrides,
    };
  }
}
