/**
 * The page's render queue: widgets take turns for their first render, one per task in document order, so that on a
 * page with twenty of them the first is painted (and its chart engine requested) before the others are built, and
 * no task builds them all. Shared by every widget of the page (one module instance).
 */

/** Resolves in a new task (a message, not a timer: nested timers are clamped to 4 ms). */
export const nextTask = (): Promise<void> =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/**
 * Resolves once the next frame has been painted: in a task after that frame's animation callbacks (or after
 * 100 ms in a document that runs none, such as a hidden tab).
 */
export const afterPaint = (): Promise<void> =>
  new Promise<void>((resolve) => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      void nextTask().then(resolve);
    };
    requestAnimationFrame(go);
    setTimeout(go, 100);
  });

let turns: Promise<void> | undefined;

/** A first-render turn: resolves one task after the previous widget's. */
export function firstRenderTurn(): Promise<void> {
  turns = turns ? turns.then(nextTask) : Promise.resolve();
  return turns;
}

/** Takes the first turn if no widget has had one yet: that widget may render at once, in its first update. */
export function takeFirstTurn(): boolean {
  if (turns) return false;
  turns = Promise.resolve();
  return true;
}
