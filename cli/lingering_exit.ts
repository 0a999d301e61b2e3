/** How long a finished command may take to let go of its handles before it is made to exit. */
const GRACE_MS = 5_000;

/**
 * Every command has finished its work (and printed its answer) once its action returns: `serve` and
 * `worker` return only after their shutdown. Should a library still hold the event loop open (a
 * worker thread, a socket, a timer), the shell must not wait for ever: after a grace period the
 * process exits with the code the command set, naming what was still open so the leak can be found.
 * The timer is unref'd, so a clean exit is never delayed.
 */
export function exitIfLingering(grace = GRACE_MS): void {
  setTimeout(() => {
    // The standard streams are always open; they hold nothing up.
    const open = process.getActiveResourcesInfo().filter((kind) => kind !== 'TTYWrap' && kind !== 'PipeWrap');
    process.stderr.write(`btp: the command finished ${grace / 1000} s ago but ${open.join(', ') || 'a handle'} kept the process alive; exiting\n`);
    process.exit(process.exitCode ?? 0);
  }, grace).unref();
}
