/**
 * Items worked on by a pool of worker threads, the results handed back IN THE ITEMS' ORDER as soon
 * as each next one is ready (an async generator): the caller consumes them while the rest run.
 * Each worker takes one item at a time (`{ i, item }` in, `{ i, result }` out). At most `window`
 * items are out ahead of the one the caller waits for, so results waiting their turn stay few.
 * A worker that dies on an item (an exception, out of memory, an exit) yields `crashed(item, error)`
 * for that item; a new worker takes its place and the run goes on.
 */
import { Worker, type ResourceLimits } from "node:worker_threads";

export interface PoolOptions<T, R> {
  /** The worker's compiled script. */
  script: string;
  workerData: unknown;
  size: number;
  /** How many items may be in flight or waiting ahead of the next one handed back (≥ size). */
  window?: number;
  resourceLimits?: ResourceLimits;
  crashed: (item: T, error: Error) => R;
}

export async function* inWorkers<T, R>(items: readonly T[], o: PoolOptions<T, R>): AsyncGenerator<R> {
  const size = Math.max(1, Math.min(o.size, items.length));
  const window = Math.max(size, o.window ?? size * 4);
  const ready = new Map<number, R>();
  /** The item each worker is on. */
  const onItem = new Map<Worker, number>();
  const workers = new Set<Worker>();
  let sent = 0;
  let handed = 0;
  let stopping = false;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };

  const feed = (w: Worker) => {
    if (onItem.has(w) || sent >= items.length || sent >= handed + window) return;
    onItem.set(w, sent);
    w.postMessage({ i: sent, item: items[sent] });
    sent++;
  };
  const start = () => {
    const w = new Worker(o.script, { workerData: o.workerData, resourceLimits: o.resourceLimits });
    let failure: Error | undefined;
    workers.add(w);
    w.on("message", (m: { i: number; result: R }) => {
      ready.set(m.i, m.result);
      onItem.delete(w);
      feed(w);
      notify();
    });
    w.on("error", (e) => {
      failure = e;
    });
    w.on("exit", (code) => {
      workers.delete(w);
      const i = onItem.get(w);
      onItem.delete(w);
      if (stopping) return;
      if (i !== undefined) ready.set(i, o.crashed(items[i], failure ?? new Error(`exit code ${code}`)));
      if (sent < items.length) feed(start());
      notify();
    });
    return w;
  };

  try {
    for (let k = 0; k < size; k++) feed(start());
    while (handed < items.length) {
      if (!ready.has(handed)) {
        await new Promise<void>((r) => (wake = r));
        continue;
      }
      const r = ready.get(handed) as R;
      ready.delete(handed);
      handed++;
      for (const w of workers) feed(w);
      yield r;
    }
  } finally {
    // Every worker is ended, whether all items were handed back or the caller stopped early.
    stopping = true;
    const left = [...workers];
    await Promise.all(left.map((w) => w.terminate()));
  }
}
