// Memoising computations in an LRU cache as promises: overlapping callers share one computation, and a failed one is
// dropped so the next caller tries again. Used by the analytics and matching services, which cache per data version.
import type { LRUCache } from 'lru-cache';

/** A cached computation (wrapped, so the cache can re-enter it with its real size once known). */
export interface Held<T> {
  promise: Promise<T>;
}

/** The cached computation under `key`, started with `compute` when there is none; `size` sizes it once it is done. */
export function remember<T>(
  cache: LRUCache<string, Held<T>>,
  key: string,
  compute: () => Promise<T>,
  size?: (value: T) => number,
): Promise<T> {
  const existing = cache.get(key);
  if (existing) return existing.promise;
  const held: Held<T> = { promise: compute() };
  cache.set(key, held, size ? { size: 1 } : {});
  held.promise.then(
    (value) => {
      // Re-entered with its real size once known (an entry still computing counts as 1).
      if (size && cache.peek(key) === held) cache.set(key, held, { size: Math.max(1, size(value)) });
    },
    () => {
      if (cache.peek(key) === held) cache.delete(key);
    },
  );
  return held.promise;
}

/** One instance per database object (so it lives as long as the driver), made by `create` on first use. */
export function perDatabase<D extends object, S>(create: (db: D) => S): (db: D) => S {
  const instances = new WeakMap<D, S>();
  return (db) => {
    let instance = instances.get(db);
    if (!instance) {
      instance = create(db);
      instances.set(db, instance);
    }
    return instance;
  };
}
