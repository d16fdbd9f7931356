/**
 * Truly concurrent executions on one double. Apps Script runs triggers in parallel and a contended
 * `tryLock` BLOCKS the waiting execution; a single-threaded double cannot block one call stack while another
 * runs. So each execution runs the built Code.js in a worker thread whose services are synchronous remote
 * calls (Atomics.wait + receiveMessageOnPort) into the one double on the main thread. Every service call is
 * a point where executions interleave; a contended tryLock/waitLock gets no answer until the holder
 * releases (or the wait times out), exactly as in Apps Script. The call log still counts every call.
 * Lock timeouts run on fake time: each service call takes `callMs` of Apps Script time, and a wait times out
 * when that time has passed its timeout (or at once when every running execution is waiting), never by a timer.
 */
import { MessageChannel, Worker } from 'node:worker_threads';
import { raw } from './calls';
import type { GoogleDouble } from './index';
import { Lock, type LockState } from './services';
import { makeZoneKit } from './zone';

const WORKER = `
const { parentPort, workerData, receiveMessageOnPort } = require('node:worker_threads');
const vm = require('node:vm');
const fs = require('node:fs');
const { port, flag, codePath, globals, scriptTimeZone } = workerData;
const flags = new Int32Array(flag);
let exec = '';
let seq = 0;
function rpc(msg) {
  const id = ++seq;
  Atomics.store(flags, 0, 0);
  parentPort.postMessage({ rpc: msg, exec, seq: id });
  Atomics.wait(flags, 0, 0);
  // The flag can turn before the reply is readable on the port: wait for it (it is already in flight).
  let got;
  while (!(got = receiveMessageOnPort(port))) Atomics.wait(flags, 0, 1, 1);
  const reply = got.message;
  if (reply.seq !== id) throw new Error('double: reply ' + reply.seq + ' to call ' + id);
  if (reply.err !== undefined) throw new Error(reply.err);
  return unmarshal(reply.ok);
}
const proxies = new Map();
function handle(d) {
  if (proxies.has(d.$h)) return proxies.get(d.$h);
  const fns = new Set(d.fns);
  const p = new Proxy({}, {
    get(_, k) {
      if (k === '$h') return d.$h;
      if (typeof k === 'string' && fns.has(k)) return (...args) => rpc({ h: d.$h, m: k, args: args.map(marshal) });
      if (typeof k === 'string' && Object.prototype.hasOwnProperty.call(d.props, k)) return d.props[k];
      return undefined;
    },
  });
  proxies.set(d.$h, p);
  return p;
}
function unmarshal(v) {
  if (v === null || typeof v !== 'object') return v;
  // Dates reach the script as the script's Dates (wall-clock in its zone), as on the main thread.
  if (Object.prototype.toString.call(v) === '[object Date]') return new ClockDate(v.getTime());
  if (Array.isArray(v)) return v.map(unmarshal);
  if (v.$h !== undefined) return handle(v);
  const o = {};
  for (const k of Object.keys(v)) o[k] = unmarshal(v[k]);
  return o;
}
function marshal(v) {
  if (v === null || typeof v !== 'object') {
    if (typeof v === 'function') throw new Error('a function cannot be passed to a Google service in the double');
    return v;
  }
  if (v.$h !== undefined) return { $h: v.$h };
  if (Object.prototype.toString.call(v) === '[object Date]') return new Date(v.getTime());
  if (Array.isArray(v)) return v.map(marshal);
  const o = {};
  for (const k of Object.keys(v)) o[k] = marshal(v[k]);
  return o;
}
// The function's source as the running transform left it: esbuild (tsx, as the bench runs) wraps names in
// __name(), which the worker must then have.
const __name = (f) => f;
const makeZoneKit = ${makeZoneKit.toString()};
const ClockDate = makeZoneKit(Date).dateClass(() => rpc({ now: true }), () => scriptTimeZone);
const quiet = { log() {}, info() {}, warn() {}, error() {} };
const context = { Date: ClockDate, console: quiet, Logger: { log() {} } };
for (const [name, d] of Object.entries(globals)) context[name] = unmarshal(d);
vm.createContext(context);
vm.runInContext(fs.readFileSync(codePath, 'utf8'), context, { filename: 'Code.js' });
parentPort.on('message', (job) => {
  exec = job.exec;
  let error = null;
  try {
    context[job.fn](...unmarshal(job.args));
  } catch (e) {
    error = String(e && e.message ? e.message : e);
  }
  parentPort.postMessage({ done: job.exec, error });
});
`;

export interface ConcurrentCall {
  /** The top-level function (a trigger handler). */
  fn: string;
  /**
   * Its arguments; service objects (e.g. an event's range) are passed by reference. A function is called
   * on the main thread just before the execution starts (e.g. Google appending a form response first).
   */
  args: unknown[] | (() => unknown[]);
}

export interface ConcurrentOptions {
  /** Executions running at once (Apps Script allows up to 30 per user). */
  workers?: number;
  /**
   * Apps Script milliseconds one service call takes, on the fake time lock waits are measured in (default 100:
   * a Sheets call's order of magnitude). A large value makes a queue of executions outlast the lock timeout.
   */
  callMs?: number;
}

export interface ConcurrentResult {
  /** Per call, in the given order: the error message it ended with, or null. */
  errors: (string | null)[];
  /** The most executions that waited for a lock at the same time. */
  maxWaiting: number;
}

interface Waiter {
  state: LockState;
  exec: string;
  method: string;
  since: number;
  /** On the fake time: when the wait times out. */
  deadline: number;
  timeoutMs: number;
  reply: (msg: { ok?: unknown; err?: string }) => void;
}

const isPlain = (v: object) => {
  const proto = Object.getPrototypeOf(v);
  return proto === null || proto === Object.prototype;
};

/** Runs the calls on `workers` concurrent executions against the double; resolves when all have ended. */
export async function runConcurrently(
  double: GoogleDouble,
  codePath: string,
  calls: readonly ConcurrentCall[],
  options: ConcurrentOptions = {},
): Promise<ConcurrentResult> {
  const objects: unknown[] = [];
  const ids = new Map<unknown, number>();
  const shapes = new Map<object, { fns: string[]; props: Record<string, unknown> }>();
  const marshal = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (v instanceof Date) return new Date(v.getTime());
    if (Array.isArray(v)) return v.map(marshal);
    if (isPlain(v) && !Object.values(v).some((x) => typeof x === 'function'))
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, marshal(x)]));
    let id = ids.get(v);
    if (id === undefined) {
      id = objects.push(v) - 1;
      ids.set(v, id);
    }
    const target = raw(v) as object;
    const proto = Object.getPrototypeOf(target) as object | null;
    const shared = proto && proto !== Object.prototype ? shapes.get(proto) : undefined;
    if (shared) return { $h: id, ...shared };
    const fns = new Set<string>();
    const props: Record<string, unknown> = {};
    for (let o: object | null = target; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
      for (const k of Object.getOwnPropertyNames(o)) {
        if (k.startsWith('_') || k === 'constructor') continue;
        const x = (target as Record<string, unknown>)[k];
        if (typeof x === 'function') fns.add(k);
        // Enum tables (ButtonSet, DestinationType, EventType…) are read as properties.
        else if (/^[A-Z]/.test(k) && x && typeof x === 'object' && isPlain(x)) props[k] = marshal(x);
      }
    }
    const shape = { fns: [...fns], props };
    // Instances of one class share their shape (Range, Sheet…): worked out once.
    if (proto && proto !== Object.prototype && Object.keys(props).length === 0) shapes.set(proto, shape);
    return { $h: id, ...shape };
  };
  const unmarshal = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object' || v instanceof Date) return v;
    if (Array.isArray(v)) return v.map(unmarshal);
    const o = v as Record<string, unknown>;
    if (o.$h !== undefined) return objects[o.$h as number];
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, unmarshal(x)]));
  };

  const globals: Record<string, unknown> = {};
  for (const [name, g] of Object.entries(double.globals))
    if (!['Date', 'console', 'Logger'].includes(name)) globals[name] = marshal(g);

  const callMs = options.callMs ?? 100;
  const waiters: Waiter[] = [];
  let maxWaiting = 0;
  const holders = new Map<string, Set<LockState>>();
  // Fake Apps Script time for lock waits, and the executions started and not yet ended.
  let now = 0;
  let running = 0;

  const timeOut = (w: Waiter) => {
    waiters.splice(waiters.indexOf(w), 1);
    w.state.waits.push({ execution: w.exec, ms: w.timeoutMs, got: false });
    double.clock.advance(w.timeoutMs);
    w.reply(
      w.method === 'tryLock'
        ? { ok: false }
        : { err: 'Exception: Lock timeout: another process was holding the lock for too long.' },
    );
  };
  /** Waits whose time has passed end; when every running execution waits, the earliest deadline comes. */
  const expire = () => {
    for (const w of waiters.filter((x) => x.deadline <= now)) timeOut(w);
    if (waiters.length > 0 && waiters.length >= running) {
      const first = waiters.reduce((a, b) => (b.deadline < a.deadline ? b : a));
      now = Math.max(now, first.deadline);
      timeOut(first);
    }
  };

  const grant = (state: LockState) => {
    if (state.holder !== null) return;
    const i = waiters.findIndex((w) => w.state === state);
    if (i < 0) return;
    const [w] = waiters.splice(i, 1) as [Waiter];
    state.holder = w.exec;
    holders.set(w.exec, (holders.get(w.exec) ?? new Set()).add(state));
    state.waits.push({ execution: w.exec, ms: now - w.since, got: true });
    w.reply({ ok: true });
  };

  const serve = (
    exec: string,
    msg: { now?: true; h?: number; m?: string; args?: unknown[] },
    reply: Waiter['reply'],
  ) => {
    if (msg.now) return reply({ ok: double.clock.now() });
    double.locks.execution = exec;
    const obj = objects[msg.h!] as Record<string, (...a: unknown[]) => unknown>;
    const args = (msg.args ?? []).map(unmarshal);
    const target = raw(obj);
    if (target instanceof Lock && (msg.m === 'tryLock' || msg.m === 'waitLock')) {
      const state = target._scope();
      if (state.holder === null || state.holder === exec) {
        state.holder = exec;
        holders.set(exec, (holders.get(exec) ?? new Set()).add(state));
        return reply({ ok: msg.m === 'tryLock' ? true : undefined });
      }
      state.onContention?.(state, exec);
      const timeoutMs = Number(args[0] ?? 0);
      const w: Waiter = {
        state,
        exec,
        method: msg.m,
        since: now,
        deadline: now + timeoutMs,
        timeoutMs,
        reply: (r) => reply(msg.m === 'waitLock' && r.ok === true ? { ok: undefined } : r),
      };
      waiters.push(w);
      maxWaiting = Math.max(maxWaiting, waiters.length);
      expire();
      return;
    }
    now += callMs;
    try {
      const out = obj[msg.m!]!(...args);
      reply({ ok: marshal(out) });
    } catch (e) {
      reply({ err: e instanceof Error ? e.message : String(e) });
    }
    if (target instanceof Lock && msg.m === 'releaseLock') grant(target._scope());
    expire();
  };

  const errors: (string | null)[] = calls.map(() => null);
  let next = 0;
  const count = Math.max(1, Math.min(options.workers ?? 8, calls.length));
  const workers = Array.from({ length: count }, () => {
    const { port1, port2 } = new MessageChannel();
    const flag = new SharedArrayBuffer(4);
    const flags = new Int32Array(flag);
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: { port: port2, flag, codePath, globals, scriptTimeZone: double.scriptTimeZone },
      transferList: [port2 as never],
    });
    const reply = (r: unknown) => {
      port1.postMessage(r);
      Atomics.store(flags, 0, 1);
      Atomics.notify(flags, 0);
    };
    return { worker, reply };
  });

  await new Promise<void>((resolve, reject) => {
    const start = (w: (typeof workers)[number]) => {
      if (next >= calls.length) {
        if (running === 0) resolve();
        return;
      }
      const k = next++;
      running++;
      const { fn, args } = calls[k]!;
      const list = typeof args === 'function' ? args() : args;
      w.worker.postMessage({ exec: `execution-${k + 1}`, fn, args: marshal(list) });
    };
    for (const w of workers) {
      w.worker.on(
        'message',
        (m: { rpc?: never; seq?: number; exec?: string; done?: string; error?: string | null }) => {
          if (m.rpc) return serve(m.exec!, m.rpc, (r) => w.reply({ ...r, seq: m.seq }));
          if (m.done) {
            running--;
            errors[Number(m.done.split('-')[1]) - 1] = m.error ?? null;
            // Apps Script releases whatever lock an ended execution still holds.
            for (const state of holders.get(m.done) ?? []) {
              if (state.holder === m.done) state.holder = null;
              grant(state);
            }
            holders.delete(m.done);
            start(w);
            expire();
          }
        },
      );
      w.worker.on('error', reject);
      start(w);
    }
  });
  await Promise.all(workers.map((w) => w.worker.terminate()));
  return { errors, maxWaiting };
}
