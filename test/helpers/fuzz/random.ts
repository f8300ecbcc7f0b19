import { rng } from '../../../src/shared/rng';

/** A seeded source of choices for the mutators: the same seed makes the same files. */
export class Dice {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = rng(seed);
  }

  real(): number {
    return this.next();
  }

  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** Mutations that work on any bytes: cut the file, or flip some bytes. */
export function truncate(b: Uint8Array, d: Dice): Uint8Array {
  return b.slice(0, d.int(0, Math.max(0, b.length - 1)));
}

export function flipBytes(b: Uint8Array, d: Dice): Uint8Array {
  const out = b.slice();
  const n = d.int(1, 8);
  for (let i = 0; i < n && out.length; i++) out[d.int(0, out.length - 1)] = d.int(0, 255);
  return out;
}
