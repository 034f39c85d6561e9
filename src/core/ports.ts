// Ports: what the domain needs from the outside world, as interfaces. Adapters live in services/storage.

/** The current time; injected everywhere so tests can fix it. */
export interface Clock {
  now(): Date;
}

/** New identifiers and secrets. */
export interface Ids {
  /** A new unique id for a stored entity. */
  id(): string;
}

/** A clock that always says the same time, moved on by hand (tests, benchmarks). */
export function fixedClock(start: Date): Clock & { set(date: Date): void; advance(ms: number): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (date) => {
      current = new Date(date);
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };
