/**
 * Pagefind indexing services, one per bundle in flight.
 *
 * Pagefind's Node API starts one indexing service (a process) per copy of its module and that
 * service answers one request after another, on one core. Two bundles indexed at once through
 * one service share that core, while the build's other core waits. A second copy of the module,
 * loaded from the same file under another URL, starts a service of its own, so that two bundles
 * are indexed on two cores. Each bundle is indexed whole by one service, so the index written is
 * the same whichever service wrote it.
 */
import * as pagefind from 'pagefind';

export type PagefindApi = typeof pagefind;

/** `count` independent copies of Pagefind's API; the first is the one every import shares. */
export async function pagefindServices(count: number): Promise<PagefindApi[]> {
  const apis: PagefindApi[] = [pagefind];
  const entry = import.meta.resolve('pagefind');
  for (let n = 2; n <= count; n++) apis.push((await import(`${entry}?service=${n}`)) as PagefindApi);
  return apis;
}

/** Stop every service: a build that returns with one running would not exit. */
export async function closeServices(apis: readonly PagefindApi[]): Promise<void> {
  await Promise.all(apis.map((api) => api.close()));
}

/** Runs the functions given to it one after another, in the order they were given. */
export type Exclusive = <T>(run: () => Promise<T>) => Promise<T>;

/** A queue of one: each function starts when the one before it has settled, failed or not. */
export function exclusive(): Exclusive {
  let last: Promise<unknown> = Promise.resolve();
  return (run) => {
    const next = last.then(run, run);
    last = next.catch(() => undefined);
    return next;
  };
}
