/**
 * Running a sequence of host calls that may each be synchronous (Apps Script, where a server function
 * must return its result before it ends) or asynchronous (Office.js, the playground): the result is
 * synchronous exactly when every call was, so one renderer serves every host.
 */
export type MaybePromise<T> = T | Promise<T>;

// Not called `then`: a module exporting `then` is itself thenable, and `import()` of it misbehaves.

export function andThen<T, R>(value: MaybePromise<T>, next: (value: T) => MaybePromise<R>): MaybePromise<R> {
  return value instanceof Promise ? value.then(next) : next(value);
}

/** Calls each step after the previous one has finished. */
export function inOrder(steps: readonly (() => MaybePromise<unknown>)[], from = 0): MaybePromise<void> {
  for (let i = from; i < steps.length; i++) {
    const result = steps[i]();
    if (result instanceof Promise) return result.then(() => inOrder(steps, i + 1));
  }
  return undefined;
}
