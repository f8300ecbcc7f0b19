import * as fs from 'fs';
import * as path from 'path';

/** The bundled runtime's version, read from its package without loading the native library into this process. */
export function runtimeVersion(): string {
  try {
    const main = require.resolve('onnxruntime-node');
    let dir = path.dirname(main);
    for (let i = 0; i < 4; i++, dir = path.dirname(dir)) {
      const pkg = path.join(dir, 'package.json');
      if (fs.existsSync(pkg)) {
        const json = JSON.parse(fs.readFileSync(pkg, 'utf8')) as { name?: string; version?: string };
        if (json.name === 'onnxruntime-node' && json.version) return json.version;
      }
    }
  } catch {
    // fall through
  }
  return 'unknown';
}
