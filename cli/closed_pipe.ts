/**
 * `btp backtest --json | head` closes the pipe after a few lines: the reader has all it wanted, so
 * the command ends at once and quietly (as `cat` does), instead of dying on an unhandled EPIPE.
 */
export function endQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
}
