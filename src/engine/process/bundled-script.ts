import * as fs from 'fs';
import * as path from 'path';

/**
 * A script the build writes beside the bundles in dist/ (the engine process, a worker thread's entry), found from the
 * bundle that asks: dist/ itself, or dist/test/ for the test bundles. `override` (an environment variable's value)
 * wins when set.
 */
export function bundledScript(name: string, override?: string): string {
  const candidates = [override, path.join(__dirname, name), path.join(__dirname, '..', name)];
  const found = candidates.find((p): p is string => !!p && fs.existsSync(p));
  if (!found) throw new Error(`${name} not found next to ${__dirname}; run the build first`);
  return found;
}
