/**
 * A map bounded by the bytes its values hold rather than by their count: one 200 MB series and a
 * thousand 50 KB ones cost the same memory as their bytes, not as their number. Past the bound the
 * least recently used entries go; a Map iterates in insertion order, so a hit re-inserts its entry
 * at the back and the front is always the next to evict.
 */
export interface LruEntry<V> {
  value: V;
  bytes: number;
}

export class ByteBoundedLru<V> {
  private readonly entries = new Map<string, LruEntry<V>>();
  private heldBytes = 0;
  evictions = 0;

  /** `maxBytes` is asked on every insert, so a changed setting applies from the next insert on. */
  constructor(private readonly maxBytes: () => number) {}

  get bytes(): number {
    return this.heldBytes;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Keys from the next to evict to the most recently used. */
  keys(): string[] {
    return [...this.entries.keys()];
  }

  /** The value, now the most recently used; undefined when absent. */
  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /**
   * Keeps the value as the most recently used and evicts from the other end until the rest fits.
   * A value bigger than the whole bound is not kept (false): keeping it would evict everything
   * else and still exceed the bound; the caller serves it once and lets it go.
   */
  set(key: string, value: V, bytes: number): boolean {
    this.delete(key);
    const max = this.maxBytes();
    if (bytes > max) return false;
    this.entries.set(key, { value, bytes });
    this.heldBytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.heldBytes <= max) break;
      this.entries.delete(oldest);
      this.heldBytes -= entry.bytes;
      this.evictions += 1;
    }
    return true;
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.heldBytes -= entry.bytes;
  }

  clear(): void {
    this.entries.clear();
    this.heldBytes = 0;
    this.evictions = 0;
  }
}
