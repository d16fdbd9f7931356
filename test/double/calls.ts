/** Counts every call the add-on makes into the double, per `Service.method`. */
export class CallLog {
  readonly counts = new Map<string, number>();
  /** Runs before every counted call (the double checks the call's OAuth scopes here). */
  guard: ((name: string) => void) | null = null;

  record(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  /** Calls whose name starts with `prefix` (e.g. 'Range.setValues', 'Range.'); all calls without one. */
  count(prefix = ''): number {
    let n = 0;
    for (const [k, v] of this.counts) if (k.startsWith(prefix)) n += v;
    return n;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
  }
}

const RAW = Symbol('raw');

/**
 * Wraps a double object so that every public method call is counted as `Kind.method`.
 * Methods whose names start with `_` are the double's own plumbing and are not counted.
 * A method returning its own object (chaining) returns the counted wrapper.
 */
export function counted<T extends object>(target: T, kind: string, log: CallLog): T {
  const proxy: T = new Proxy(target, {
    get(t, p) {
      if (p === RAW) return t;
      const v = Reflect.get(t, p, t);
      if (typeof v !== 'function' || typeof p !== 'string' || p.startsWith('_') || p === 'constructor')
        return v;
      return (...args: unknown[]) => {
        log.guard?.(`${kind}.${p}`);
        log.record(`${kind}.${p}`);
        const r = v.apply(t, args);
        return r === t ? proxy : r;
      };
    },
  });
  return proxy;
}

/** The unwrapped object behind a counted wrapper (for the double's own use). */
export function raw<T>(x: T): T {
  return ((x as { [RAW]?: T })[RAW] ?? x) as T;
}
