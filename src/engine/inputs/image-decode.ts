import * as path from 'path';
import * as jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { badInput, errorMessage } from '../errors';
import { readFileBytes } from '../io/file-bytes';

export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg'] as const;

/** A decoded image: 8-bit RGBA, row-major, 4 bytes a pixel (the maintained decoders' common form). */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Decoded size above which an image is refused: a corrupt header must not allocate gigabytes. */
const MAX_MEGAPIXELS = 100;

export function isImageFileName(name: string): boolean {
  return (IMAGE_EXTENSIONS as readonly string[]).includes(path.extname(name).toLowerCase());
}

/** A PNG or JPEG file, decoded with pngjs or jpeg-js (both pure JS, maintained); a broken file names itself. */
export function decodeImage(file: string): RgbaImage {
  const bytes = readFileBytes(file);
  const ext = path.extname(file).toLowerCase();
  try {
    if (ext === '.png') {
      const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      return { width: png.width, height: png.height, data: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.byteLength) };
    }
    const img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_MEGAPIXELS, maxMemoryUsageInMB: 1024 });
    return { width: img.width, height: img.height, data: img.data };
  } catch (err) {
    throw badInput(file, `cannot decode the ${ext === '.png' ? 'PNG' : 'JPEG'} image: ${errorMessage(err)}`);
  }
}
