// Checks a QuantLens .vsix: only the files the extension runs, the one platform's runtime binaries, every bundle's
// imports inside the package, and (when the package is for this machine) that its CLI runs the packaged runtime.
//   node scripts/check-vsix.mjs FILE.vsix [--target linux-x64] [--no-run]
// package-vsix.mjs runs it on every package it builds.
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { builtinModules } from 'module';
import { tmpdir } from 'os';
import { dirname, join, posix, resolve } from 'path';
import { fileURLToPath } from 'url';
import { strFromU8, unzipSync } from 'fflate';

const EXT = 'extension/';
const ORT = `${EXT}node_modules/onnxruntime-node/`;
const ORT_COMMON = `${EXT}node_modules/onnxruntime-common/`;
/** What a bundle may load from outside itself: Node, VS Code, and the runtime kept out of the bundle. */
const EXTERNAL_OK = new Set(['vscode', 'onnxruntime-node', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function allowedPatterns(target) {
  const [os, arch] = target.split('-');
  return [
    /^extension\.vsixmanifest$/,
    /^\[Content_Types\]\.xml$/,
    // vsce stores the readme and changelog in lower case.
    /^extension\/(package\.json|readme\.md|changelog\.md|LICENSE(\.md|\.txt)?)$/i,
    // Bundles (and whatever sits beside them in entry folders), but no tests, benchmarks or source maps.
    /^extension\/dist\/(?!test[^/]*\/)(?!.*\.map$)(?!.*\.(test|e2e)\.js$)(?![^/]*-bench\.js$).+$/,
    /^extension\/media\/.+$/,
    new RegExp(`^${escape(ORT)}(package\\.json|dist/[^/]+\\.js)$`),
    new RegExp(`^${escape(ORT)}bin/napi-v\\d+/${escape(os ?? '')}/${escape(arch ?? '')}/[^/]+$`),
    new RegExp(`^${escape(ORT_COMMON)}(package\\.json|dist/cjs/package\\.json|dist/cjs/.+\\.js)$`),
  ];
}

function requiredFiles(manifest, target) {
  const [os, arch] = target.split('-');
  const main = posix.normalize(manifest.main ?? 'dist/extension.js').replace(/\.js$/, '') + '.js';
  return [
    `${EXT}package.json`, `${EXT}readme.md`, `${EXT}${main}`, `${EXT}dist/engine-process.js`, `${EXT}dist/set-job-thread-main.js`, `${EXT}dist/reference-thread-main.js`, `${EXT}dist/cli.js`,
    `${ORT}package.json`, `${ORT}dist/index.js`, `${ORT}dist/binding.js`,
    new RegExp(`^${escape(ORT)}bin/napi-v\\d+/${escape(os ?? '')}/${escape(arch ?? '')}/onnxruntime_binding\\.node$`),
    `${ORT_COMMON}package.json`, `${ORT_COMMON}dist/cjs/index.js`,
  ];
}

/** Package names a bundle requires (esbuild writes `require("x")`), other than relative paths. */
function externalRequires(js) {
  const names = new Set();
  for (const m of js.matchAll(/\brequire\(\s*["']([^"'./][^"']*)["']\s*\)/g)) names.add(m[1]);
  return [...names];
}

/**
 * Lists and checks FILE. `manifest` is the package.json the package was built from (the packaged one is used
 * when absent). Returns the entries, the problems found, and the unpacked size.
 */
export function checkVsix(file, { target = 'linux-x64', manifest } = {}) {
  const sizes = new Map();
  const wanted = (name) => name === 'extension.vsixmanifest' || name === `${EXT}package.json` ||
    (name.startsWith(`${EXT}dist/`) && name.endsWith('.js'));
  const texts = unzipSync(readFileSync(file), {
    filter: (f) => {
      sizes.set(f.name, f.originalSize);
      return wanted(f.name);
    },
  });
  const files = [...sizes.keys()].sort();
  const text = (name) => (texts[name] ? strFromU8(texts[name]) : '');
  const packaged = texts[`${EXT}package.json`] ? JSON.parse(text(`${EXT}package.json`)) : {};
  const problems = [];

  const allowed = allowedPatterns(target);
  for (const f of files) {
    if (allowed.some((p) => p.test(f))) continue;
    problems.push(f.startsWith(`${ORT}bin/`) ? `another platform's runtime binary: ${f}` : `unexpected file: ${f}`);
  }
  for (const r of requiredFiles(manifest ?? packaged, target)) {
    if (!files.some((f) => (typeof r === 'string' ? f === r : r.test(f)))) problems.push(`missing: ${typeof r === 'string' ? r : r.source}`);
  }
  const identity = /<Identity\b[^>]*>/.exec(text('extension.vsixmanifest'))?.[0] ?? '';
  if (!identity.includes(`TargetPlatform="${target}"`)) problems.push(`the manifest does not declare TargetPlatform="${target}": ${identity || 'no Identity'}`);
  for (const f of files.filter((f) => texts[f] && f.startsWith(`${EXT}dist/`))) {
    for (const dep of externalRequires(text(f)).filter((d) => !EXTERNAL_OK.has(d))) {
      problems.push(`${f} requires '${dep}', which is neither bundled nor packaged`);
    }
  }
  const unpackedBytes = [...sizes.values()].reduce((a, b) => a + b, 0);
  return { file, target, files, sizes, problems, unpackedBytes };
}

/**
 * Unpacks the package and runs its own CLI (`quantlens targets --json`) on its own onnxruntime-node: the probes
 * create real sessions, so this fails when a runtime file the extension needs was left out.
 */
export function runPackagedCli(file) {
  const dir = mkdtempSync(join(tmpdir(), 'quantlens-vsix-run-'));
  try {
    const entries = unzipSync(readFileSync(file), { filter: (f) => f.name.startsWith(EXT) });
    for (const [name, bytes] of Object.entries(entries)) {
      const to = join(dir, name);
      mkdirSync(dirname(to), { recursive: true });
      writeFileSync(to, bytes);
    }
    const env = { ...process.env, QUANTLENS_CACHE_DIR: join(dir, 'cache'), NODE_PATH: '' };
    const started = Date.now();
    const r = spawnSync(process.execPath, [join(dir, EXT, 'dist', 'cli.js'), 'targets', '--json'], { cwd: dir, env, encoding: 'utf8', timeout: 120000 });
    const ms = Date.now() - started;
    if (r.status !== 0) return { ok: false, ms, message: `the packaged CLI failed (exit ${r.status ?? r.signal}): ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' | ')}` };
    return { ok: true, ms, message: `the packaged CLI ran 'targets' on the packaged runtime in ${ms} ms` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatCheck(check) {
  const byTop = new Map();
  for (const f of check.files) {
    const key = f.startsWith(`${ORT}bin/`) ? f.split('/').slice(0, 7).join('/') : f.startsWith(`${EXT}node_modules/`) ? f.split('/').slice(0, 3).join('/') : f.startsWith(`${EXT}dist/`) ? f : f.split('/').slice(0, 2).join('/');
    const e = byTop.get(key) ?? { n: 0, bytes: 0 };
    byTop.set(key, { n: e.n + 1, bytes: e.bytes + check.sizes.get(f) });
  }
  const lines = [`${check.file} (${check.target}):`];
  for (const [k, e] of byTop) lines.push(`  ${k.padEnd(64)} ${String(e.n).padStart(4)} file(s) ${(e.bytes / 2 ** 20).toFixed(2).padStart(7)} MiB`);
  lines.push(check.problems.length ? `${check.problems.length} problem(s):\n${check.problems.map((p) => `  - ${p}`).join('\n')}` : 'contents: ok');
  return lines.join('\n');
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const argv = process.argv.slice(2);
  const file = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--target');
  const t = argv.indexOf('--target');
  const target = t >= 0 ? argv[t + 1] : 'linux-x64';
  if (!file) {
    console.error('usage: node scripts/check-vsix.mjs FILE.vsix [--target linux-x64] [--no-run]');
    process.exit(2);
  }
  const check = checkVsix(file, { target });
  console.log(formatCheck(check));
  let ok = check.problems.length === 0;
  if (ok && !argv.includes('--no-run') && target === `${process.platform}-${process.arch}`) {
    const run = runPackagedCli(file);
    console.log(run.message);
    ok = run.ok;
  }
  process.exit(ok ? 0 : 1);
}
