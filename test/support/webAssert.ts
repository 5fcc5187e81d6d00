// `node:assert/strict` for the extension-host suites when they run in the browser's extension
// host (a web worker, no Node): the bundle for that host takes this module in its place. It
// has the functions the suites use, with Node's strict meaning (Object.is, deep equality
// that minds prototypes), and throws an AssertionError with actual and expected, so mocha
// shows the difference the same way.
import { dequal } from 'dequal';

export class AssertionError extends Error {
  override readonly name = 'AssertionError';
  readonly code = 'ERR_ASSERTION';
  constructor(
    message: string,
    readonly actual?: unknown,
    readonly expected?: unknown,
    readonly operator?: string,
  ) {
    super(message);
  }
}

type Message = string | Error | undefined;

function fail(message: Message = 'Failed', actual?: unknown, expected?: unknown, operator?: string): never {
  if (message instanceof Error) throw message;
  throw new AssertionError(message, actual, expected, operator);
}

function shown(value: unknown): string {
  try {
    return typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    return String(value);
  }
}

function ok(value: unknown, message?: Message): asserts value {
  if (!value) fail(message ?? `The expression evaluated to a falsy value: ${shown(value)}`, value, true, '==');
}

function equal(actual: unknown, expected: unknown, message?: Message): void {
  if (!Object.is(actual, expected)) fail(message ?? `Expected values to be strictly equal:\n${shown(actual)} !== ${shown(expected)}`, actual, expected, 'strictEqual');
}

function notEqual(actual: unknown, expected: unknown, message?: Message): void {
  if (Object.is(actual, expected)) fail(message ?? `Expected "actual" to be strictly unequal to: ${shown(expected)}`, actual, expected, 'notStrictEqual');
}

function deepEqual(actual: unknown, expected: unknown, message?: Message): void {
  if (!dequal(actual, expected)) fail(message ?? 'Expected values to be strictly deep-equal', actual, expected, 'deepStrictEqual');
}

function match(text: string, pattern: RegExp, message?: Message): void {
  if (typeof text !== 'string' || !pattern.test(text)) fail(message ?? `The input did not match ${pattern}: ${shown(text)}`, text, pattern, 'match');
}

function doesNotMatch(text: string, pattern: RegExp, message?: Message): void {
  if (typeof text !== 'string' || pattern.test(text)) fail(message ?? `The input was expected not to match ${pattern}: ${shown(text)}`, text, pattern, 'doesNotMatch');
}

async function rejects(promise: Promise<unknown> | (() => Promise<unknown>), expected?: RegExp, message?: Message): Promise<void> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    // As Node does: the pattern is tested against the error as text, its name included.
    if (expected && !expected.test(String(error))) {
      fail(message ?? `The rejection did not match ${expected}: ${String(error)}`, error, expected, 'rejects');
    }
    return;
  }
  fail(message ?? 'Missing expected rejection.', undefined, expected, 'rejects');
}

const assert = Object.assign(ok, { ok, equal, strictEqual: equal, notEqual, notStrictEqual: notEqual, deepEqual, deepStrictEqual: deepEqual, match, doesNotMatch, rejects, fail, AssertionError });

export default assert;
