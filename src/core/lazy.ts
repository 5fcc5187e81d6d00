/**
 * Gives `target` a read-only property `key` whose value is computed on its first read and
 * kept. Fixes are built this way: a caller that never asks for them (the CLI without
 * --fix, a diagnostics pass) never pays for them.
 */
export function withLazy<T extends object, K extends string, V>(target: T, key: K, compute: () => V): T & { readonly [P in K]: V } {
  let computed = false;
  let value: V;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      if (!computed) {
        value = compute();
        computed = true;
      }
      return value;
    },
  });
  return target as T & { readonly [P in K]: V };
}
