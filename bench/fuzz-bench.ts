import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeBases, writeCorpus } from '../test/helpers/fuzz/corpus';
import { RunResult, runCorpus } from '../test/helpers/fuzz/run-entry';

/**
 * The long fuzz run: `npm run bench:fuzz -- [files] [seed]` (default 3,000 files, seed 2024) writes a corpus of
 * mutated files and runs EVERY file through every entry point of its kind (compile, compare, repair and read for
 * .onnx; inputs for .npy/.npz; inspect for .pt), with a 30 s limit on every engine call and on every run. Prints the
 * counts by outcome and lists anything that is not ok, bad input or a compile failure, or whose message does not
 * name its file. Exits 1 if there is any.
 */
async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 3000);
  const seed = Number(process.argv[3] ?? 2024);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ql-fuzz-bench-'));
  process.env.QUANTLENS_CACHE_DIR = path.join(dir, 'cache');
  const bases = writeBases(dir);
  const files = writeCorpus(path.join(dir, 'corpus'), count, seed);
  fs.mkdirSync(path.join(dir, 'out'));
  let done = 0;
  const s = await runCorpus(files, bases, path.join(dir, 'out'), {
    all: true, seed, hangMs: 30_000,
    onRun: () => {
      if (++done % 500 === 0) process.stderr.write(`… ${done} runs\n`);
    },
  });
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`fuzz: ${s.files} files (${Object.entries(s.byKind).map(([k, v]) => `${v} .${k}`).join(', ')}), seed ${seed}, ${s.runs} runs in ${(s.ms / 1000).toFixed(0)} s on ${cpu}`);
  console.log(`outcomes: ${Object.entries(s.byOutcome).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`slowest run: ${s.slowest?.entry} ${s.slowest?.what} ${((s.slowest?.ms ?? 0) / 1000).toFixed(1)} s`);
  const show = (r: RunResult) => `  ${r.entry} ${r.file} (${r.what}): ${r.outcome}: ${r.message.split('\n').slice(0, 3).join(' | ')}`;
  for (const r of s.failures) console.log(show(r));
  for (const r of s.unnamed) console.log(`unnamed: ${show(r)}`);
  if (s.failures.length === 0 && s.unnamed.length === 0) fs.rmSync(dir, { recursive: true, force: true });
  else console.log(`corpus kept in ${dir}`);
  process.exitCode = s.failures.length || s.unnamed.length ? 1 : 0;
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
