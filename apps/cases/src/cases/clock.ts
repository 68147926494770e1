import { Injectable } from '@nestjs/common';

/**
 * The instant the cases service acts at: every transition, deadline and warning reads it here,
 * never from `new Date()`, so a test of what happens days later (a deadline passing, a warning
 * turning red) moves this one clock and the whole service sees the same time.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
