import { color, interpolateInferno, interpolateViridis } from 'd3';

/**
 * Colour scales of the heatmaps: 256 levels from a perceptual colour map, as 32-bit pixels ready for ImageData
 * (little-endian RGBA). Values use viridis (reference and actual share one domain), |difference| uses inferno from
 * 0. A value maps to level round((v - lo) * (255 / (hi - lo))), clamped; level i is the colour map at i / 255, which is
 * exactly entry i of d3's 256-entry table. These maps read the same on light, dark and high-contrast themes, so the
 * heatmaps do not take theme colours (the chrome around them does).
 */

export const LEVELS = 256;
/** Elements that are NaN or infinite: a colour no level of either map has. */
export const NON_FINITE_RGB: [number, number, number] = [255, 0, 255];

export interface ColorScale {
  lo: number;
  hi: number;
  /** LEVELS pixels (RGBA bytes packed little-endian). */
  lut: Uint32Array;
  /** CSS colours of the levels, for legends. */
  css: string[];
  nonFinite: number;
}

const pack = (r: number, g: number, b: number, a = 255) => ((a << 24) | (b << 16) | (g << 8) | r) >>> 0;

function table(interpolate: (t: number) => string): { lut: Uint32Array; css: string[] } {
  const lut = new Uint32Array(LEVELS);
  const css: string[] = [];
  for (let i = 0; i < LEVELS; i++) {
    const c = color(interpolate(i / (LEVELS - 1)))!.rgb();
    lut[i] = pack(c.r, c.g, c.b);
    css.push(c.formatHex());
  }
  return { lut, css };
}

let viridis: ReturnType<typeof table> | null = null;
let inferno: ReturnType<typeof table> | null = null;

/** The value scale over [lo, hi]; a flat domain gets a unit width so every value maps to the bottom level. */
export function valueScale(lo: number, hi: number): ColorScale {
  viridis ??= table(interpolateViridis);
  return { lo, hi: hi > lo ? hi : lo + 1, ...viridis, nonFinite: pack(...NON_FINITE_RGB) };
}

/** The |difference| scale over [0, max]. */
export function diffScale(max: number): ColorScale {
  inferno ??= table(interpolateInferno);
  return { lo: 0, hi: max > 0 ? max : 1, ...inferno, nonFinite: pack(...NON_FINITE_RGB) };
}

/** Levels per unit of value: level = round((v - lo) * factor). The painters inline the same arithmetic. */
export function levelFactor(s: ColorScale): number {
  return (LEVELS - 1) / (s.hi - s.lo);
}

export function level(s: ColorScale, v: number): number {
  const t = Math.round((v - s.lo) * levelFactor(s));
  return t < 0 ? 0 : t > LEVELS - 1 ? LEVELS - 1 : t;
}
