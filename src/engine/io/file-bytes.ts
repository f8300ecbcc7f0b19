import * as fs from 'fs';
import * as path from 'path';
import { QuantLensError, badInput, errorMessage } from '../errors';

/** Read a whole file, with errors that name it and say what is wrong. */
export function readFileBytes(file: string): Buffer {
  try {
    if (fs.statSync(file).isDirectory()) throw badInput(file, 'is a folder, not a file');
    return fs.readFileSync(file);
  } catch (err) {
    if (err instanceof QuantLensError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw badInput(file, 'no such file');
    if (code === 'ERR_FS_FILE_TOO_LARGE' || err instanceof RangeError) throw badInput(file, 'the file is too large to read into memory (over 2 GiB)');
    throw badInput(file, `cannot read: ${errorMessage(err)}`);
  }
}

/** Write to a temporary file next to the target, then rename it over, so a failure never leaves half a file. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const abs = path.resolve(file);
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, abs);
  } catch (err) {
    if (fs.existsSync(tmp)) fs.rmSync(tmp);
    throw badInput(file, `cannot write: ${errorMessage(err)}`);
  }
}
