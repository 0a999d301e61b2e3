/**
 * `argv` with the given boolean flags moved to just after the program name, so a program-wide flag
 * may follow the command. Arguments after `--` are operands and stay where they are.
 */
export function hoistFlags(argv: readonly string[], flags: ReadonlySet<string>): string[] {
  const [node, script, ...args] = argv;
  const end = args.indexOf('--');
  const options = end === -1 ? args : args.slice(0, end);
  const hoisted = options.filter((arg) => flags.has(arg));
  const rest = options.filter((arg) => !flags.has(arg));
  return [node!, script!, ...new Set(hoisted), ...rest, ...(end === -1 ? [] : args.slice(end))];
}
