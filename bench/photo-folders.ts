import * as fs from 'fs';
import * as path from 'path';

/** The images of a folder made by scripts/photo-set.sh, in name order. */
export function photoFiles(photos: string): string[] {
  return fs.readdirSync(photos).filter((f) => /\.(png|jpe?g)$/i.test(f)).sort();
}

/** `files` of the folder `photos` linked into a new folder `dir`, with the folder's preprocessing spec. */
export function linkPhotos(photos: string, dir: string, files: string[]): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const f of files) fs.symlinkSync(path.join(photos, f), path.join(dir, f));
  fs.copyFileSync(path.join(photos, 'quantlens.preprocess.json'), path.join(dir, 'quantlens.preprocess.json'));
}

/** `n` of the folder's images, evenly spaced in name order. */
export function spacedPhotos(photos: string, n: number): string[] {
  const all = photoFiles(photos);
  if (all.length < n) throw new Error(`${photos} holds ${all.length} images; asked for ${n}`);
  return Array.from({ length: n }, (_, k) => all[Math.floor((k * all.length) / n)]);
}
