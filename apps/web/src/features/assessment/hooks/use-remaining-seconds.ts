import { useEffect, useState } from 'react';

/** Often enough that the shown second never lags by more than a quarter of a second. */
const TICK_MS = 250;

function secondsLeft(deadline: number, clockOffsetMs: number): number {
  return Math.max(0, Math.ceil((deadline - (Date.now() + clockOffsetMs)) / 1000));
}

/**
 * Whole seconds until `deadline` by the server's clock (this device's plus `clockOffsetMs`).
 * Re-renders only when the number changes.
 */
export function useRemainingSeconds(deadline: number, clockOffsetMs: number): number {
  const [seconds, setSeconds] = useState(() => secondsLeft(deadline, clockOffsetMs));
  useEffect(() => {
    const tick = () => setSeconds(secondsLeft(deadline, clockOffsetMs));
    tick();
    const timer = setInterval(tick, TICK_MS);
    return () => clearInterval(timer);
  }, [deadline, clockOffsetMs]);
  return seconds;
}
