/**
 * The server's log: pino JSON lines in the shape Cloud Logging reads (`severity`, `message`,
 * `logging.googleapis.com/trace` and `spanId` from the active span), with request id and user id
 * bound per request. Secrets never reach a line: known paths (Authorization, x-api-key, cookies)
 * are redacted, and every line is scrubbed of the literal values of the configured API keys and
 * Gemini keys, wherever they appear (an error message, a URL, a request body).
 */
import { trace } from '@opentelemetry/api';
import { pino, type DestinationStream, type Logger } from 'pino';

const SEVERITY: Record<string, string> = { trace: 'DEBUG', debug: 'DEBUG', info: 'INFO', warn: 'WARNING', error: 'ERROR', fatal: 'CRITICAL' };

const REDACTED_PATHS = [
  'req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie',
  'headers.authorization', 'headers["x-api-key"]', 'authorization', 'apiKey', 'api_key', 'key',
  'GOOGLE_API_KEY', 'GEMINI_API_KEY', 'GOOGLE_GENAI_API_KEY',
];

const GEMINI_KEY_VARIABLES = ['GOOGLE_API_KEY', 'GEMINI_API_KEY', 'GOOGLE_GENAI_API_KEY'];

/** The secret values to scrub from every line: configured API keys and the Gemini keys of `env`. */
export function secretValues(apiKeys: readonly string[], env: Readonly<Record<string, string | undefined>> = process.env): string[] {
  const gemini = GEMINI_KEY_VARIABLES.map((name) => env[name]).filter((value): value is string => Boolean(value));
  return [...apiKeys, ...gemini].filter((value) => value.length >= 8);
}

/** Also removes bearer tokens and btp_ keys that are not configured (a caller's wrong key is a secret too). */
export function scrubSecrets(line: string, secrets: readonly string[]): string {
  let scrubbed = line;
  for (const secret of secrets) scrubbed = scrubbed.split(secret).join('[REDACTED]');
  return scrubbed.replace(/Bearer\s+[A-Za-z0-9._~+/=-]+/gi, 'Bearer [REDACTED]').replace(/btp_[A-Za-z0-9_-]{20,}/g, '[REDACTED]');
}

export interface ServerLoggerOptions {
  level?: string;
  secrets: readonly string[];
  /** GCP project for the trace field (GOOGLE_CLOUD_PROJECT); without it the bare trace id. */
  project?: string;
  destination?: DestinationStream;
}

export function createServerLogger(options: ServerLoggerOptions): Logger {
  const destination = options.destination ?? pino.destination({ dest: 1, sync: false });
  return pino(
    {
      level: options.level ?? 'info',
      messageKey: 'message',
      base: { service: 'backtestpilot' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: '[REDACTED]' },
      formatters: {
        level: (label) => ({ severity: SEVERITY[label] ?? 'DEFAULT' }),
      },
      mixin() {
        const span = trace.getActiveSpan();
        if (!span) return {};
        const { traceId, spanId, traceFlags } = span.spanContext();
        return {
          'logging.googleapis.com/trace': options.project ? `projects/${options.project}/traces/${traceId}` : traceId,
          'logging.googleapis.com/spanId': spanId,
          'logging.googleapis.com/trace_sampled': (traceFlags & 1) === 1,
        };
      },
      hooks: {
        streamWrite: (line) => scrubSecrets(line, options.secrets),
      },
    },
    destination,
  );
}
