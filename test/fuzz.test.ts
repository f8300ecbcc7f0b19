import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeBases, writeCorpus } from './helpers/fuzz/corpus';
import { runCorpus } from './helpers/fuzz/run-entry';

/**
 * 1,000 machine-mutated files (protobuf-aware .onnx edits of the repository's small models, header-aware .npy,
 * zip-aware .npz and .pt, cuts and flipped bytes) through the engine's entry points in this process: each must end
 * ok, as bad input or as a compile failure, with a message naming the file; never an internal error, never a hang.
 * `npm run bench:fuzz` runs a longer corpus through every entry point.
 */
describe('fuzz: mutated files through the entry points', function () {
  it('1,000 files: no internal error, no hang, every error names its file', async function () {
    this.timeout(600_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ql-fuzz-'));
    process.env.QUANTLENS_CACHE_DIR = path.join(dir, 'cache');
    const bases = writeBases(dir);
    const files = writeCorpus(path.join(dir, 'corpus'), 1000, 12);
    fs.mkdirSync(path.join(dir, 'out'));
    const s = await runCorpus(files, bases, path.join(dir, 'out'), { all: false, seed: 12, hangMs: 30_000 });
    console.log(`      ${s.files} files (${Object.entries(s.byKind).map(([k, v]) => `${v} .${k}`).join(', ')}), ${s.runs} runs in ${(s.ms / 1000).toFixed(1)} s: ${Object.entries(s.byOutcome).filter(([, v]) => v).map(([k, v]) => `${k} ${v}`).join(', ')}; slowest ${s.slowest?.entry} ${path.basename(s.slowest?.file ?? '')} ${((s.slowest?.ms ?? 0) / 1000).toFixed(1)} s`);
    const show = (rs: typeof s.failures) => rs.slice(0, 5).map((r) => `${r.entry} ${r.file} (${r.what}): ${r.outcome}: ${r.message.split('\n').slice(0, 4).join(' | ')}`).join('\n');
    assert.equal(s.failures.length, 0, show(s.failures));
    assert.equal(s.unnamed.length, 0, show(s.unnamed));
    assert.equal(s.byOutcome.internal, 0);
    assert.ok(s.byOutcome.ok > 0 && s.byOutcome['bad-input'] > 0, 'the corpus has both valid and invalid files');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
