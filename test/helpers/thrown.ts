/** The error of class `type` that `f` throws; any other error is rethrown, no error fails the test. */
export function thrown<E extends Error>(type: abstract new (...args: never[]) => E, f: () => unknown): E {
  try {
    f();
  } catch (e) {
    if (e instanceof type) return e;
    throw e;
  }
  throw new Error(`no ${type.name} thrown`);
}
