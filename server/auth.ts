/**
 * API-key authentication: `Authorization: Bearer <key>` or `x-api-key: <key>`. The key decides the
 * ADK user id, so a caller can only ever act as its own user. Keys from BTP_API_KEYS are compared
 * in constant time (SHA-256 digests, every configured key compared, no early exit); keys from
 * `btp keys create` are looked up by their SHA-256. A missing, unknown or revoked key gets the same
 * 401, so an answer never tells whether a key exists.
 */
import { timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { sendError } from './api_errors.js';
import { sha256, type ApiKeyStore } from './api_key_store.js';
import type { ApiKeyEntry } from './server_config.js';

export class KeyRegistry {
  private readonly configured: Array<{ userId: string; hash: Buffer }>;

  constructor(entries: readonly ApiKeyEntry[], private readonly store?: ApiKeyStore) {
    this.configured = entries.map((entry) => ({ userId: entry.userId, hash: sha256(entry.key) }));
  }

  get isEmpty(): boolean {
    return this.configured.length === 0 && (this.store?.list().every((key) => key.revokedAt !== null) ?? true);
  }

  /** The user id a presented key acts as, or undefined. */
  identify(presented: string): string | undefined {
    const hash = sha256(presented);
    let match: string | undefined;
    for (const entry of this.configured) {
      if (timingSafeEqual(entry.hash, hash) && match === undefined) match = entry.userId;
    }
    return match ?? this.store?.userOfHash(hash);
  }
}

export function presentedKey(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (typeof header === 'string') {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (match) return match[1];
  }
  const apiKey = req.headers['x-api-key'];
  return typeof apiKey === 'string' && apiKey !== '' ? apiKey : undefined;
}

/** Sets `res.locals.userId` from the key; with auth off, the user named in the request is trusted. */
export function authenticate(registry: KeyRegistry | undefined) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!registry) {
      next();
      return;
    }
    const key = presentedKey(req);
    const userId = key === undefined ? undefined : registry.identify(key);
    if (userId === undefined) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      sendError(res, 'unauthorized', 'an API key is required: send "Authorization: Bearer <key>" or "x-api-key: <key>" with a valid key');
      return;
    }
    res.locals.userId = userId;
    next();
  };
}
