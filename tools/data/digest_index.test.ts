import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forgetDigestIndexes, knownDigest } from './digest_index.js';
import { forgetFileHashes, hashFile, sha256Hex } from './file_hash.js';

function folderWith(content: string): { file: string; indexDir: string } {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'btp-digests-'));
  const file = path.join(folder, 'BTC-USD-1d.csv');
  writeFileSync(file, content);
  return { file, indexDir: path.join(folder, 'processed') };
}

async function identityOf(file: string) {
  const { size, mtimeMs, ctimeMs, ino } = await stat(file);
  return { size, mtimeMs, ctimeMs, ino };
}

describe('the digest index', () => {
  it('remembers a file\'s SHA-256 for the next process, while the file is unchanged', async () => {
    const { file, indexDir } = folderWith('timestamp,open,high,low,close,volume\n');
    expect(await hashFile(file, indexDir)).toEqual({ sha256: sha256Hex(readFileSync(file)) });
    forgetFileHashes(); // as a new process would start
    expect(knownDigest(indexDir, file, await identityOf(file))).toBe(sha256Hex(readFileSync(file)));
  });

  it('hashes again when the file was rewritten, even to the same size with its old mtime put back', async () => {
    const { file, indexDir } = folderWith('aaaa\n');
    const midnight = new Date('2026-01-01T00:00:00Z');
    utimesSync(file, midnight, midnight);
    const before = await identityOf(file);
    await hashFile(file, indexDir);
    await new Promise((resolve) => setTimeout(resolve, 20));
    writeFileSync(file, 'bbbb\n');
    utimesSync(file, midnight, midnight);
    forgetFileHashes();
    const after = await identityOf(file);
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);
    expect(knownDigest(indexDir, file, after)).toBeUndefined();
    expect(await hashFile(file, indexDir)).toEqual({ sha256: sha256Hex(Buffer.from('bbbb\n')) });
  });

  it('ignores an index whose entries fail their checksum', async () => {
    const { file, indexDir } = folderWith('dddd\n');
    await hashFile(file, indexDir);
    const indexFile = path.join(indexDir, 'digests.v2.json');
    const stored = JSON.parse(readFileSync(indexFile, 'utf8')) as { entries: string; sha256: string };
    writeFileSync(indexFile, JSON.stringify({ ...stored, entries: stored.entries.replace(sha256Hex(Buffer.from('dddd\n')), sha256Hex(Buffer.from('other'))) }));
    forgetDigestIndexes();
    expect(knownDigest(indexDir, file, await identityOf(file))).toBeUndefined();
  });

  it('treats a corrupt index as empty and rebuilds it', async () => {
    const { file, indexDir } = folderWith('cccc\n');
    await hashFile(file, indexDir);
    writeFileSync(path.join(indexDir, 'digests.v2.json'), '{"not json');
    forgetDigestIndexes();
    expect(knownDigest(indexDir, file, await identityOf(file))).toBeUndefined();
    forgetFileHashes();
    expect(await hashFile(file, indexDir)).toEqual({ sha256: sha256Hex(Buffer.from('cccc\n')) });
    forgetDigestIndexes();
    expect(knownDigest(indexDir, file, await identityOf(file))).toBe(sha256Hex(Buffer.from('cccc\n')));
  });
});
