/**
 * Requests from the ribbon to the task pane. With the shared runtime, ribbon commands and the
 * pane run in the same JavaScript context: a command posts a request here and shows the pane; the
 * pane, once mounted, handles it (with its progress indicator and results). Requests made before
 * the pane subscribes wait in a queue.
 */
export type PaneRequest = { kind: "validate" } | { kind: "template" } | { kind: "draft" };

type Listener = (r: PaneRequest) => void;

const listeners = new Set<Listener>();
const queue: PaneRequest[] = [];

export function postPaneRequest(r: PaneRequest): void {
  if (listeners.size === 0) {
    queue.push(r);
    return;
  }
  for (const l of listeners) l(r);
}

/** Subscribes; queued requests are delivered at once. Returns the unsubscribe function. */
export function onPaneRequest(l: Listener): () => void {
  listeners.add(l);
  while (queue.length > 0) l(queue.shift() as PaneRequest);
  return () => listeners.delete(l);
}
