import type { TensorPairData } from '../../src/shared/protocol';
import { quantNumber as num } from '../../src/shared/quant-text';
import type { PlaneLayout } from './planes';

/** What the pair is: names, shape, how it is drawn, what normalization did, and its quantization grid. */
export function pageHeader(pair: TensorPairData, l: PlaneLayout): HTMLElement {
  const h = document.createElement('header');
  h.className = 'head';
  const line = (cls: string, text: string) => {
    const p = document.createElement('div');
    p.className = cls;
    p.textContent = text;
    h.append(p);
    return p;
  };
  if (pair.stale) line('stale', `Old numbers: ${pair.stale}`).setAttribute('role', 'status');
  const title = document.createElement('h1');
  title.textContent = pair.title;
  h.append(title);
  // Each name is one unbreakable-looking token that may wrap anywhere; the words between them wrap only at spaces.
  const names = line('names', '');
  const name = (t: string) => {
    const s = document.createElement('span');
    s.className = 'tensor-name';
    s.textContent = t;
    return s;
  };
  names.append(name(pair.tensor));
  if (pair.referenceTensor && pair.referenceTensor !== pair.tensor) names.append(' vs reference ', name(pair.referenceTensor));
  const count = pair.reference.length.toLocaleString('en-US');
  const plane = l.wrapped ? `${l.planeSize.toLocaleString('en-US')} values wrapped into ${l.rows} x ${l.cols}` : `${l.rows} x ${l.cols}`;
  const planes = l.leading.length ? `${l.planes.toLocaleString('en-US')} channels (${l.leadingAxes.join(' x ')}) of ${plane}` : `one picture of ${plane}`;
  line('shape muted', `[${pair.dims.join(', ')}]: ${count} values; ${planes}`);
  if (pair.layoutNote) line('layout-note', `Normalized: ${pair.layoutNote}`);
  if (pair.quant) {
    const q = pair.quant;
    line('quant muted', `Quantization grid: scale ${num(q.scale)}, zero point ${q.zeroPoint}, integers ${q.qmin}..${q.qmax} (values ${num((q.qmin - q.zeroPoint) * q.scale)} to ${num((q.qmax - q.zeroPoint) * q.scale)})`);
  }
  return h;
}
