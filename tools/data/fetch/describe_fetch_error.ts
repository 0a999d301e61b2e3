/**
 * A network failure in words a user can act on. Node's fetch says only "fetch failed" and keeps
 * the reason (DNS, refused, reset, timeout) in `cause`; ccxt and yahoo-finance2 put theirs in the
 * message. Both are told.
 */
export function describeFetchError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'TimeoutError') return `no answer within the time limit (${error.message})`;
  const reasons: string[] = [error.message];
  for (let cause = error.cause, depth = 0; cause !== undefined && depth < 3; depth++) {
    const text = causeText(cause);
    if (text !== '' && !reasons.some((reason) => reason.includes(text))) reasons.push(text);
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  return reasons.join(': ');
}

function causeText(cause: unknown): string {
  if (!(cause instanceof Error)) return typeof cause === 'string' ? cause : '';
  const { code } = cause as { code?: unknown };
  return typeof code === 'string' && !cause.message.includes(code) ? `${code} ${cause.message}` : cause.message;
}
