/** Bins per octave of |value|: a quantile read off the histogram is within 2^(1/32) - 1 = 2.2% of the exact one. */
export const BINS_PER_OCTAVE = 32;
/** |values| from 2^-24 to 2^24 are binned; smaller ones count as zero, larger ones land in the last bin. */
export const MIN_EXP = -24;
export const OCTAVES = 48;
export const LOG_BINS = BINS_PER_OCTAVE * OCTAVES;

/** The bin of |v| >= 2^MIN_EXP by its definition: floor((log2 |v| - MIN_EXP) * BINS_PER_OCTAVE), the last one at most. */
export function logBin(a: number): number {
  return Math.min(LOG_BINS - 1, Math.floor((Math.log2(a) - MIN_EXP) * BINS_PER_OCTAVE));
}

const MANTISSA_BITS = 23;
/** The top mantissa bits that index the table: 2^10 slices, each far narrower than a bin (no slice holds two edges). */
const SLICE_SHIFT = MANTISSA_BITS - 10;

/**
 * The first float32 mantissa of each bin within an octave, found with `logBin` itself (so the fast path agrees with
 * the definition), and, per slice of mantissas, the bin its first mantissa falls in.
 */
const edges = new Int32Array(BINS_PER_OCTAVE + 1);
const sliceBin = new Uint8Array(1 << (MANTISSA_BITS - SLICE_SHIFT));
{
  const bitsOf = new Uint32Array(1);
  const valueOf = new Float32Array(bitsOf.buffer);
  // Within the octave [1, 2), whose bins are 24 * 32 + j.
  const binAt = (m: number) => {
    bitsOf[0] = (127 << MANTISSA_BITS) | m;
    return logBin(valueOf[0]) + MIN_EXP * BINS_PER_OCTAVE;
  };
  for (let j = 1; j < BINS_PER_OCTAVE; j++) {
    let lo = edges[j - 1];
    let hi = (1 << MANTISSA_BITS) - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (binAt(mid) >= j) hi = mid;
      else lo = mid + 1;
    }
    edges[j] = lo;
  }
  edges[BINS_PER_OCTAVE] = 1 << MANTISSA_BITS;
  for (let s = 0, j = 0; s < sliceBin.length; s++) {
    while (edges[j + 1] <= s << SLICE_SHIFT) j++;
    sliceBin[s] = j;
  }
}

/** The slots of a signed histogram: negative values' bins, then positive values' bins, then one for zeros and NaN. */
export const SLOTS = 2 * LOG_BINS + 1;
const ZERO_SLOT = 2 * LOG_BINS;

/**
 * Per float32 exponent byte: the slot its octave starts at, whether the bin within the octave and the sign count
 * (masks of all ones or zero). Tiny values go to the zero slot; values past the last octave to the last bin.
 */
const octaveSlot = new Int32Array(256);
const withinMask = new Int32Array(256);
const signMask = new Int32Array(256);
for (let e = 0; e < 256; e++) {
  const exponent = e - 127;
  if (exponent < MIN_EXP) {
    octaveSlot[e] = ZERO_SLOT;
  } else {
    octaveSlot[e] = exponent >= MIN_EXP + OCTAVES ? LOG_BINS - 1 : (exponent - MIN_EXP) * BINS_PER_OCTAVE;
    withinMask[e] = exponent >= MIN_EXP + OCTAVES ? 0 : -1;
    signMask[e] = -1;
  }
}

/**
 * The slot of any float32, read from its bits: |v| < 2^MIN_EXP and NaN count as zeros, the others go to `logBin(|v|)`
 * on their sign's side. The exponent gives the octave, a table the bin within it. A histogram of every tensor of every
 * input calls this millions of times an input, where Math.log2, and branches on the sign and size (random in real
 * data), were the whole cost.
 */
export function slotOfBits(bits: number): number {
  const e = (bits >>> MANTISSA_BITS) & 0xff;
  const m = bits & ((1 << MANTISSA_BITS) - 1);
  if (e === 0xff && m !== 0) return ZERO_SLOT;
  let j = sliceBin[m >>> SLICE_SHIFT];
  j += m >= edges[j + 1] ? 1 : 0;
  return octaveSlot[e] + (j & withinMask[e]) + ((LOG_BINS - (bits >>> 31) * LOG_BINS) & signMask[e]);
}
