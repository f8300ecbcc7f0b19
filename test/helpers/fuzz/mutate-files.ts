import { unzipSync, zipSync, Zippable } from 'fflate';
import { Dice, flipBytes, truncate } from './random';

/** Header-aware mutations of a .npy file: the header dict, the header length, the magic and version. */
export function mutateNpy(b: Uint8Array, d: Dice): { bytes: Uint8Array; what: string } {
  const text = Buffer.from(b).toString('latin1');
  const end = text.indexOf('\n');
  const kind = d.int(0, 6);
  switch (kind) {
    case 0: {
      const descr = d.pick(['<f4', '>f8', '|O', '<U5', '|b1', '<c16', '<i8', 'zz', '<f2', "<V8"]);
      return { bytes: Buffer.from(text.replace(/'descr': '[^']*'/, `'descr': '${descr}'`), 'latin1'), what: `descr ${descr}` };
    }
    case 1: {
      const shape = d.pick(['()', '(0,)', '(-1,)', '(4000000000,)', '(1, 2, 3)', '(99999999999999999999,)', '(2,', 'None', '(1,) * 9']);
      return { bytes: Buffer.from(text.replace(/'shape': \([^)]*\)/, `'shape': ${shape}`), 'latin1'), what: `shape ${shape}` };
    }
    case 2:
      return { bytes: Buffer.from(text.replace("'fortran_order': False", `'fortran_order': ${d.pick(['True', '1', 'None', "'x'"])}`), 'latin1'), what: 'fortran_order' };
    case 3: {
      const out = b.slice();
      out[8] = d.int(0, 255);
      out[9] = d.int(0, 255);
      return { bytes: out, what: 'header length' };
    }
    case 4: {
      const out = b.slice();
      out[6] = d.pick([0, 1, 2, 3, 4, 255]);
      return { bytes: out, what: `version ${out[6]}` };
    }
    case 5:
      return { bytes: truncate(b, d), what: `truncated (header ends at ${end})` };
    default:
      return { bytes: flipBytes(b, d), what: 'bytes flipped' };
  }
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
}

function put32(b: Uint8Array, at: number, v: number): void {
  b[at] = v & 255;
  b[at + 1] = (v >>> 8) & 255;
  b[at + 2] = (v >>> 16) & 255;
  b[at + 3] = (v >>> 24) & 255;
}

function signatures(b: Uint8Array, third: number): number[] {
  const out: number[] = [];
  for (let i = 0; i + 4 <= b.length; i++) if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === third && b[i + 3] === third + 1) out.push(i);
  return out;
}

/**
 * Zip-aware mutations (.npz, .pt): lie about sizes in the central directory, the local header or both, rename a member
 * to leave the folder, change the compression method or the data offset; or rebuild the archive with one member
 * changed by `inner` (a mutated .npy, a mutated pickle) or dropped.
 */
export function mutateZip(b: Uint8Array, d: Dice, inner: (name: string, data: Uint8Array, d: Dice) => Uint8Array): { bytes: Uint8Array; what: string } {
  const out = b.slice();
  const cds = signatures(out, 1);
  const locals = signatures(out, 3);
  const kind = d.int(0, 8);
  const cd = cds.length ? d.pick(cds) : -1;
  const lh = locals.length ? d.pick(locals) : -1;
  switch (kind) {
    case 0:
      if (cd >= 0) put32(out, cd + 24, d.pick([0, 1, 1000, 0x7fffffff, 0xf0000000, 0xffffffff]));
      return { bytes: out, what: 'central size' };
    case 1: {
      const v = d.pick([1, 1000, 0xf0000000]);
      if (cd >= 0) put32(out, cd + 24, v);
      if (lh >= 0) put32(out, lh + 22, v);
      return { bytes: out, what: `both sizes ${v}` };
    }
    case 2:
      if (cd >= 0) put32(out, cd + 20, d.pick([0, 1, 0xffffffff, u32(out, cd + 20) + 100]));
      return { bytes: out, what: 'compressed size' };
    case 3: {
      if (cd >= 0) {
        const nameLen = out[cd + 28] | (out[cd + 29] << 8);
        const bad = d.pick(['../', '/', '..\\', 'C:/']);
        for (let i = 0; i < Math.min(bad.length, nameLen); i++) out[cd + 46 + i] = bad.charCodeAt(i);
      }
      return { bytes: out, what: 'member name leaves the folder' };
    }
    case 4:
      if (cd >= 0) out[cd + 10] = d.pick([1, 9, 12, 99]);
      return { bytes: out, what: 'compression method' };
    case 5:
      if (cd >= 0) put32(out, cd + 42, d.pick([0, 1, 0xffffff, u32(out, cd + 42) + 3]));
      return { bytes: out, what: 'local header offset' };
    case 6:
    case 7: {
      let members: Record<string, Uint8Array>;
      try {
        members = unzipSync(b);
      } catch {
        return { bytes: flipBytes(b, d), what: 'bytes flipped' };
      }
      const names = Object.keys(members);
      if (!names.length) return { bytes: truncate(b, d), what: 'truncated' };
      const name = d.pick(names);
      const files: Zippable = {};
      for (const n of names) {
        if (n === name && kind === 7) continue;
        files[n] = [n === name ? inner(n, members[n], d) : members[n], { level: d.chance(0.5) ? 0 : 6 }];
      }
      return { bytes: zipSync(files), what: kind === 7 ? `member ${name} dropped` : `member ${name} changed` };
    }
    default:
      return d.chance(0.5) ? { bytes: truncate(b, d), what: 'truncated' } : { bytes: flipBytes(b, d), what: 'bytes flipped' };
  }
}
