/**
 * Gives way to the browser between two steps of a long task, so that the pane repaints its
 * progress and a click on "Dừng" is handled: scheduler.yield() where the browser has it, else a
 * macrotask (setTimeout 0). A promise alone would not do: microtasks run before any repaint.
 */
export function yieldToInterface(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((ok) => setTimeout(ok, 0));
}
