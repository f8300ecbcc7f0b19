#!/usr/bin/env node
import * as fs from 'fs';
import * as path from 'path';
import { QuantLensError, badInput, errorMessage, systemRefusal } from '../engine/errors';
import { runtimeVersion } from '../engine/compile/runtime-version';
import { classifyRuntimeError } from '../engine/process/runtime-error';
import { CliUsageError, CLI_CONTRACT, helpText, isVerb, parseArgv, usageLine, VERBS, type Verb } from '../shared/cli-contract';
import { EXIT_CODES, exitCodeFor } from '../shared/exit-codes';
import type { Command } from './command';
import { COMMANDS } from './commands';

const USAGE = `quantlens — debug quantized ONNX models

Usage:
${VERBS.map((v) => `  quantlens ${v.padEnd(8)} ${CLI_CONTRACT[v].summary}`).join('\n')}
  quantlens VERB --help   every flag of VERB with its default
  quantlens --version

Exit codes: 0 done; 1 --fail-on/--fail-under met; 2 bad input (an invalid model, one the runtime refuses or cannot run,
a bad file or option); 3 the target cannot compile a valid model; 4 the runtime crashed; 5 the machine refused
(no space left, a file limit); 130 cancelled; 70 a bug.`;

/** QuantLens's version (from the package.json next to dist/) and the runtime's. */
function version(): string {
  let own = 'unknown';
  try {
    own = (JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    // a copy of cli.js without its package: the version is unknown, the rest still works
  }
  return `quantlens ${own} (onnxruntime-node ${runtimeVersion()})`;
}

async function main(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  if (verb === '--version' || verb === '-V') {
    process.stdout.write(version() + '\n');
    return 0;
  }
  if (verb === 'help' && rest[0] && isVerb(rest[0])) {
    process.stdout.write(helpText(rest[0]) + '\n');
    return 0;
  }
  if (!verb || verb === '--help' || verb === '-h' || verb === 'help') {
    process.stdout.write(USAGE + '\n');
    return verb ? 0 : EXIT_CODES['bad-input'];
  }
  if (!isVerb(verb)) {
    process.stderr.write(`quantlens: unknown command '${verb}' (try: ${VERBS.join(', ')}; quantlens --help)\n`);
    return EXIT_CODES['bad-input'];
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(helpText(verb) + '\n');
    return 0;
  }
  return runVerb(verb, rest);
}

async function runVerb<V extends Verb>(verb: V, argv: string[]): Promise<number> {
  let options;
  try {
    options = parseArgv(verb, argv);
  } catch (err) {
    // Wrong usage is bad input; an unknown flag or a missing file also shows how the verb is used, under the error.
    if (err instanceof CliUsageError && err.withUsage) usageAfterError = `usage: quantlens ${usageLine(verb)}\n       (quantlens ${verb} --help: every flag with its default)\n`;
    throw err instanceof CliUsageError ? badInput(undefined, err.message) : err;
  }
  return (COMMANDS[verb] as Command<V>).run(options);
}

const json = process.argv.includes('--json');
let usageAfterError = '';

/**
 * How a failed run ends: one line on stderr naming the file and what is wrong, the exit code of its kind, and under
 * --json the same as an object on stdout ({"error": {kind, exitCode, message, file, node, tensor}}) for programs.
 * A runtime refusal that no verb classified is still the model's problem, not ours; anything else is a bug.
 */
function fail(err: unknown): void {
  const known = systemRefusal(err) ?? classifyRuntimeError(err, undefined);
  if (known instanceof QuantLensError) {
    process.stderr.write(`quantlens: ${known.message.replace(/\s*\n\s*/g, ' ')}\n${usageAfterError}`);
    if (json) process.stdout.write(JSON.stringify({ error: known.toObject() }, null, 2) + '\n');
    process.exitCode = exitCodeFor(known.kind);
    return;
  }
  const message = `internal error (a bug in QuantLens): ${errorMessage(err)}`;
  process.stderr.write(`quantlens: ${message.replace(/\s*\n\s*/g, ' ')}\n${(err as Error)?.stack ?? ''}\n`);
  if (json) process.stdout.write(JSON.stringify({ error: { kind: 'internal', exitCode: EXIT_CODES.internal, message, file: null, node: null, tensor: null } }, null, 2) + '\n');
  process.exitCode = EXIT_CODES.internal;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  fail,
);
