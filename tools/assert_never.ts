/**
 * The `default` of every switch over a union: with every member handled, `value` is `never` and
 * this compiles; a new member that no case handles is a type error here, not a silent no-op.
 */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`unhandled ${what}: ${JSON.stringify(value)}`);
}
