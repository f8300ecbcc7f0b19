import { createHash } from 'crypto';
import * as fs from 'fs';
import type * as ort from 'onnxruntime-node';
import type { ModelSource, SessionSpec } from './engine-protocol';

/**
 * Sessions kept between calls of the engine process, so a comparison over a set of inputs compiles each model (and
 * each chunk's exposed or local model) once and not once per input. Off (keep 0) unless a caller turns it on: a
 * single comparison releases every session after use, as before, to keep its memory low. Least recently used goes
 * first when more than `keep` are held.
 */
export class SessionCache {
  private keep = 0;
  private readonly held = new Map<string, ort.InferenceSession>();
  /** Sessions a call is running now: never released under it. */
  private readonly busy = new Map<ort.InferenceSession, number>();
  hits = 0;
  misses = 0;

  /** How many sessions to keep; 0 releases every held one. */
  async setKeep(keep: number): Promise<void> {
    this.keep = Math.max(0, Math.floor(keep));
    await this.trim();
  }

  get enabled(): boolean {
    return this.keep > 0;
  }

  /** The key of a model, its session settings and what is exposed: a file by path, size and time, bytes by hash. */
  key(model: ModelSource, spec: SessionSpec, fetch: string[] | undefined): string {
    let id: string;
    if ('path' in model) {
      const st = fs.statSync(model.path);
      id = `path:${model.path}:${st.size}:${st.mtimeMs}`;
    } else {
      id = `bytes:${createHash('sha1').update(model.bytes).digest('hex')}:${model.externalDataDir ?? ''}`;
    }
    return JSON.stringify([id, spec, fetch ?? null]);
  }

  /**
   * Run `work` on a held session (moved to most recent) or on a new one from `create`, held when the cache is on and
   * released after `work` otherwise. `created` says whether the session was made for this call.
   */
  async use<T>(key: string, create: () => Promise<ort.InferenceSession>, work: (s: ort.InferenceSession, created: boolean) => Promise<T>): Promise<T> {
    let session = this.held.get(key);
    const created = !session;
    if (session) {
      this.held.delete(key);
      this.held.set(key, session);
      this.hits++;
    } else {
      this.misses++;
      session = await create();
      if (this.enabled) this.held.set(key, session);
    }
    this.busy.set(session, (this.busy.get(session) ?? 0) + 1);
    try {
      return await work(session, created);
    } finally {
      const n = (this.busy.get(session) ?? 1) - 1;
      if (n > 0) this.busy.set(session, n);
      else this.busy.delete(session);
      if (![...this.held.values()].includes(session)) {
        if (n === 0) await session.release();
      }
      await this.trim();
    }
  }

  /** Release the least recently used sessions beyond `keep` that no call is running. */
  private async trim(): Promise<void> {
    for (const [k, s] of [...this.held]) {
      if (this.held.size <= this.keep) break;
      if (this.busy.has(s)) continue;
      this.held.delete(k);
      await s.release();
    }
  }
}
