// The clock the app reads "now" from. Injected through context so tests and the time box are deterministic.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

const ClockContext = createContext<Clock>(systemClock);

/** Provides a clock (the system clock unless a test passes its own). */
export function ClockProvider({ clock, children }: { clock: Clock; children: ReactNode }) {
  return <ClockContext.Provider value={clock}>{children}</ClockContext.Provider>;
}

/** The injected clock. */
export function useClock(): Clock {
  return useContext(ClockContext);
}

/** The current time, refreshed every `intervalMs` while `active`. */
export function useNow(intervalMs: number, active = true): Date {
  const clock = useClock();
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    if (!active) return;
    setNow(clock.now());
    const timer = window.setInterval(() => setNow(clock.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [clock, intervalMs, active]);
  return now;
}
