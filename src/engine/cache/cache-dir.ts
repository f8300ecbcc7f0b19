import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export { writeFileAtomic } from '../io/file-bytes';

/**
 * Where compiled artifacts and probe results live: never in the user's folders. QUANTLENS_CACHE_DIR wins (the
 * extension sets it from its setting), then $XDG_CACHE_HOME/quantlens, then ~/.cache/quantlens.
 */
export function cacheRoot(): string {
  const base = process.env.QUANTLENS_CACHE_DIR || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'quantlens');
  fs.mkdirSync(base, { recursive: true });
  return base;
}

export function hashParts(...parts: Array<string | Uint8Array>): string {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(typeof p === 'string' ? p : Buffer.from(p.buffer, p.byteOffset, p.byteLength));
    h.update('\0');
  }
  return h.digest('hex');
}

export function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}
