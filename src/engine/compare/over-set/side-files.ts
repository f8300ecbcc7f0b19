import * as fs from 'fs';
import * as path from 'path';
import { cacheRoot } from '../../cache/cache-dir';
import type { Reference, Sides } from '../reference/reference';
import type { Side } from '../sides/sides';

/**
 * A side that runs from bytes (the exact reference, expanded in memory) sends them, several MiB, to its engine on
 * every capture, where they are hashed to find the kept session. Over a set of inputs the bytes are written once to a
 * file in the cache and the side runs from it: the engine keys a file by path, size and time. Removed by `dispose`.
 */
export class SideFiles {
  private dir: string | null = null;

  /** The sides, each that runs from bytes (without external data) running from a file instead. */
  fromFiles(sides: Sides): Sides {
    return { model: this.side(sides.model, 'model'), reference: this.reference(sides.reference) };
  }

  dispose(): void {
    if (this.dir) fs.rmSync(this.dir, { recursive: true, force: true });
    this.dir = null;
  }

  private reference(r: Reference): Reference {
    return r.kind === 'activations' ? r : { ...r, side: this.side(r.side, 'reference') };
  }

  private side(s: Side, name: string): Side {
    const m = s.run.model;
    if (!('bytes' in m) || m.externalDataDir) return s;
    this.dir ??= fs.mkdtempSync(path.join(cacheRoot(), 'set-'));
    const file = path.join(this.dir, `${name}.onnx`);
    fs.writeFileSync(file, m.bytes);
    return { ...s, run: { ...s.run, model: { path: file } } };
  }
}
