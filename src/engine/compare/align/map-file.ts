import { badInput, errorMessage } from '../../errors';
import { readFileBytes } from '../../io/file-bytes';

/** A user map: one JSON object of reference key -> model tensor name (or module, or scope path). */
export function readMapFile(file: string): Record<string, string> {
  const text = readFileBytes(file).toString('utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw badInput(file, `not valid JSON (${errorMessage(err)}); a map is one object of reference key -> model tensor name`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const kind = data === null ? 'null' : Array.isArray(data) ? 'an array' : `a ${typeof data}`;
    throw badInput(file, `holds ${kind}; a map is one JSON object of reference key -> model tensor name, e.g. {"features.0.0": "/features/features.0/Relu_output_0"}`);
  }
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(data)) {
    if (!k) throw badInput(file, 'has an empty key; keys are the reference\'s array names');
    if (typeof v !== 'string' || !v) {
      const kind = v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'string' ? 'an empty string' : `a ${typeof v}`;
      throw badInput(file, `the value of '${k}' is ${kind}; it must name a model tensor (a non-empty string)`);
    }
    out[k] = v;
  }
  return out;
}
