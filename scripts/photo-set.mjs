// Picks COUNT photographs from Tux Paint's stamps and writes each on a white background (see scripts/photo-set.sh).
// Usage: node scripts/photo-set.mjs STAMPS_DIR OUT_DIR COUNT
import * as fs from 'fs';
import * as path from 'path';
import { PNG } from 'pngjs';

const [stamps, out, countArg] = process.argv.slice(2);
const count = Number(countArg ?? 100);
if (!stamps || !out || !Number.isInteger(count) || count < 1) {
  console.error('usage: node scripts/photo-set.mjs STAMPS_DIR OUT_DIR COUNT');
  process.exit(2);
}
if (fs.existsSync(out) && fs.readdirSync(out).length > 0) {
  console.error(`${out}: the folder is not empty; give a new or empty one (nothing is overwritten)`);
  process.exit(1);
}

// Drawings, symbols and seasonal clip art are left out; what remains is mostly photographs. Small files and images
// under 100 pixels a side are icons.
const SKIP = /^(symbols|seasonal)\/|\/cartoon\/|clipart/i;
const MIN_SIDE = 100;
const MIN_BYTES = 20000;

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : e.name.endsWith('.png') ? [p] : [];
  });
}

/** Width and height from a PNG's IHDR, without decoding it. */
function pngSize(file) {
  const head = Buffer.alloc(24);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, 24, 0);
  } finally {
    fs.closeSync(fd);
  }
  return [head.readUInt32BE(16), head.readUInt32BE(20)];
}

const candidates = walk(stamps)
  .map((f) => path.relative(stamps, f))
  .filter((rel) => !SKIP.test(rel))
  .filter((rel) => fs.statSync(path.join(stamps, rel)).size > MIN_BYTES && Math.min(...pngSize(path.join(stamps, rel))) >= MIN_SIDE)
  .sort();
if (candidates.length < count) {
  console.error(`${stamps}: ${candidates.length} photographs qualify; asked for ${count}`);
  process.exit(1);
}

// Evenly spaced over the sorted list, so that a smaller set still spans every category.
const picked = Array.from({ length: count }, (_, k) => candidates[Math.floor((k * candidates.length) / count)]);
fs.mkdirSync(out, { recursive: true });
for (const [k, rel] of picked.entries()) {
  const png = PNG.sync.read(fs.readFileSync(path.join(stamps, rel)));
  const d = png.data;
  for (let p = 0; p < d.length; p += 4) {
    const a = d[p + 3] / 255;
    for (let c = 0; c < 3; c++) d[p + c] = Math.round(d[p + c] * a + 255 * (1 - a));
    d[p + 3] = 255;
  }
  const name = `${String(k).padStart(3, '0')}-${rel.split(path.sep)[0]}-${path.basename(rel)}`;
  fs.writeFileSync(path.join(out, name), PNG.sync.write(png));
}
// torchvision's ImageNet preprocessing (what MobileNetV2 and most ImageNet classifiers were trained with).
const spec = { resize: 256, centerCrop: 224, channelOrder: 'RGB', scale: 1 / 255, mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225], layout: 'NCHW', dtype: 'float32' };
fs.writeFileSync(path.join(out, 'quantlens.preprocess.json'), JSON.stringify(spec, null, 2) + '\n');
console.log(`${out}: ${count} photographs of ${candidates.length} (Tux Paint stamps, on white) and quantlens.preprocess.json`);
