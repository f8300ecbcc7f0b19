import { badInput } from '../errors';
import type { Tensor } from '../onnx/tensor-codec';
import type { RgbaImage } from './image-decode';
import type { PreprocessSpec } from './preprocess-spec';

/** What the graph input takes, with symbolic dims already resolved. */
export interface InputSlot {
  name: string;
  dtype: string;
  shape: number[];
}

/** Bilinear resampling of RGBA to `h` x `w` (pixel centers aligned, as PIL and torchvision do without antialias). */
function resizeBilinear(img: RgbaImage, h: number, w: number): RgbaImage {
  if (h === img.height && w === img.width) return img;
  const out = new Uint8Array(h * w * 4);
  const sy = img.height / h;
  const sx = img.width / w;
  for (let y = 0; y < h; y++) {
    const fy = Math.min(Math.max((y + 0.5) * sy - 0.5, 0), img.height - 1);
    const y0 = Math.floor(fy);
    const y1 = Math.min(y0 + 1, img.height - 1);
    const wy = fy - y0;
    for (let x = 0; x < w; x++) {
      const fx = Math.min(Math.max((x + 0.5) * sx - 0.5, 0), img.width - 1);
      const x0 = Math.floor(fx);
      const x1 = Math.min(x0 + 1, img.width - 1);
      const wx = fx - x0;
      for (let c = 0; c < 4; c++) {
        const a = img.data[(y0 * img.width + x0) * 4 + c] * (1 - wx) + img.data[(y0 * img.width + x1) * 4 + c] * wx;
        const b = img.data[(y1 * img.width + x0) * 4 + c] * (1 - wx) + img.data[(y1 * img.width + x1) * 4 + c] * wx;
        out[(y * w + x) * 4 + c] = Math.round(a * (1 - wy) + b * wy);
      }
    }
  }
  return { width: w, height: h, data: out };
}

function crop(img: RgbaImage, h: number, w: number, file: string): RgbaImage {
  if (h > img.height || w > img.width) throw badInput(file, `the image is ${img.width}x${img.height} after resizing, smaller than the center crop ${w}x${h}`);
  const top = Math.floor((img.height - h) / 2);
  const left = Math.floor((img.width - w) / 2);
  const out = new Uint8Array(h * w * 4);
  for (let y = 0; y < h; y++) out.set(img.data.subarray(((top + y) * img.width + left) * 4, ((top + y) * img.width + left + w) * 4), y * w * 4);
  return { width: w, height: h, data: out };
}

/** The image's size after the spec's resize and crop, before anything is computed (to check it against the model). */
function geometry(img: RgbaImage, spec: PreprocessSpec): { resized: [number, number]; final: [number, number] } {
  let resized: [number, number] = [img.height, img.width];
  if (Array.isArray(spec.resize)) resized = spec.resize;
  else if (typeof spec.resize === 'number') {
    const s = spec.resize / Math.min(img.height, img.width);
    resized = [Math.max(1, Math.round(img.height * s)), Math.max(1, Math.round(img.width * s))];
  }
  return { resized, final: spec.centerCrop ?? resized };
}

/**
 * An image as the model's input: resize, center crop, channel order, scale, mean/std, layout, dtype, in that order.
 * An image whose result does not fit the input (its size, its channels, the dtype) is refused with the file named
 * and what to change.
 */
export function imageToTensor(img: RgbaImage, spec: PreprocessSpec, slot: InputSlot, file: string): Tensor {
  const channels = spec.channelOrder === 'GRAY' ? 1 : 3;
  if (slot.shape.length !== 4) throw badInput(file, `an image feeds a 4-D input; '${slot.name}' has shape [${slot.shape}]`);
  const [n, a, b, c] = slot.shape;
  const [wantC, wantH, wantW] = spec.layout === 'NCHW' ? [a, b, c] : [c, a, b];
  if (n !== 1) throw badInput(file, `an image is one sample; input '${slot.name}' has batch ${n} (give --dim for a symbolic batch, or use .npy files)`);
  if (wantC !== channels) throw badInput(file, `the spec makes ${channels} channel(s) (${spec.channelOrder}, ${spec.layout}); input '${slot.name}' takes ${wantC} at that position of [${slot.shape}] (check 'layout' and 'channelOrder')`);
  if (slot.dtype !== spec.dtype) throw badInput(file, `the spec makes ${spec.dtype}; input '${slot.name}' takes ${slot.dtype} (set 'dtype')`);
  const g = geometry(img, spec);
  if (g.final[0] !== wantH || g.final[1] !== wantW) {
    throw badInput(file, `the image is ${img.width}x${img.height}; after the spec's resize and crop it is ${g.final[1]}x${g.final[0]}, but input '${slot.name}' takes ${wantW}x${wantH} (set 'resize' and 'centerCrop')`);
  }
  let im = resizeBilinear(img, g.resized[0], g.resized[1]);
  if (spec.centerCrop) im = crop(im, spec.centerCrop[0], spec.centerCrop[1], file);
  const h = im.height;
  const w = im.width;
  const count = channels * h * w;
  const data = spec.dtype === 'float32' ? new Float32Array(count) : spec.dtype === 'uint8' ? new Uint8Array(count) : new Int8Array(count);
  const [lo, hi] = spec.dtype === 'uint8' ? [0, 255] : spec.dtype === 'int8' ? [-128, 127] : [-Infinity, Infinity];
  const source = spec.channelOrder === 'BGR' ? [2, 1, 0] : [0, 1, 2];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const p = (y * w + x) * 4;
      for (let k = 0; k < channels; k++) {
        const raw = spec.channelOrder === 'GRAY' ? 0.299 * im.data[p] + 0.587 * im.data[p + 1] + 0.114 * im.data[p + 2] : im.data[p + source[k]];
        const mean = spec.mean.length === 1 ? spec.mean[0] : spec.mean[k];
        const std = spec.std.length === 1 ? spec.std[0] : spec.std[k];
        let v = (raw * spec.scale - mean) / std;
        if (spec.dtype !== 'float32') v = Math.min(hi, Math.max(lo, Math.round(v)));
        data[spec.layout === 'NCHW' ? (k * h + y) * w + x : (y * w + x) * channels + k] = v;
      }
    }
  }
  return { name: slot.name, dtype: spec.dtype, dims: [...slot.shape], data };
}
