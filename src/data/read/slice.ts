/**
 * Sharing long work out between tasks, so that reading 200,000 rows never holds the page's main thread for long
 * (no Worker: a strict Content-Security-Policy may forbid one, and the work is cheap enough in slices).
 *
 * The work is written as generators that `yield` when their {@link Clock} says the slice is used up; a driver
 * either waits for the next task between slices ({@link runSliced}) or runs them straight through ({@link runSync}).
 */

export type Work<T> = Generator<void, T, void>;

const now: () => number =
  typeof performance !== 'undefined' && typeof performance.now === 'function' ? () => performance.now() : Date.now;

/** Says when a slice of work has run for `sliceMs`; reading the time every 64th call keeps it cheap. */
export class Clock {
  private start = now();
  private calls = 0;
  constructor(readonly sliceMs = Infinity) {}
  /** Whether the current slice is used up (then yield). */
  due(): boolean {
    if (this.sliceMs === Infinity || ++this.calls & 63) return false;
    return now() - this.start >= this.sliceMs;
  }
  /** Whether the slice is used up, reading the time now (for loops whose steps are long). */
  dueNow(): boolean {
    return this.sliceMs !== Infinity && now() - this.start >= this.sliceMs;
  }
  restart(): void {
    this.start = now();
    this.calls = 0;
  }
}

/**
 * Resolves in a later task: `scheduler.yield()` where the browser has it (the continuation keeps its priority),
 * else setImmediate (Node), else a MessageChannel message (not clamped to 4 ms as nested timers are).
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as {scheduler?: {yield?: () => Promise<void>}}).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  const g = globalThis as {setImmediate?: (f: () => void) => unknown};
  if (typeof g.setImmediate === 'function') return new Promise((resolve) => g.setImmediate!(resolve));
  if (typeof MessageChannel !== 'undefined')
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs sliced work, waiting for `pause()` between slices. */
export async function runSliced<T>(work: Work<T>, clock: Clock, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    await pause();
    clock.restart();
  }
}

/** Runs sliced work in one go (its clock never says stop). */
export function runSync<T>(work: Work<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}
