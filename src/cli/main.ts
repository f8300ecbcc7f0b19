#!/usr/bin/env node
import { QuantLensError, errorMessage } from '../engine/errors';
import { classifyRuntimeError } from '../engine/process/runtime-error';
import { EXIT_CODES, exitCodeFor } from '../shared/exit-codes';
import { COMMANDS } from './commands';

const USAGE = `quantlens — debug quantized ONNX models

Usage:
${Object.values(COMMANDS).map((c) => `  quantlens ${c.usage}`).join('\n')}

Exit codes: 0 done; 1 --fail-on/--fail-under met; 2 bad input (an invalid model, one the runtime refuses or cannot run,
a bad file or option); 3 the target cannot compile a valid model; 4 the runtime crashed; 130 cancelled; 70 a bug.`;

async function main(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  if (!verb || verb === '--help' || verb === '-h' || verb === 'help') {
    process.stdout.write(USAGE + '\n');
    return verb ? 0 : 2;
  }
  const command = COMMANDS[verb];
  if (!command) {
    process.stderr.write(`quantlens: unknown command '${verb}' (try: ${Object.keys(COMMANDS).join(', ')})\n`);
    return 2;
  }
  return command.run(rest);
}

const json = process.argv.includes('--json');

/**
 * How a failed run ends: one line on stderr naming the file and what is wrong, the exit code of its kind, and under
 * --json the same as an object on stdout ({"error": {kind, exitCode, message, file, node, tensor}}) for programs.
 * A runtime refusal that no verb classified is still the model's problem, not ours; anything else is a bug.
 */
function fail(err: unknown): void {
  const known = classifyRuntimeError(err, undefined);
  if (known instanceof QuantLensError) {
    process.stderr.write(`quantlens: ${known.message.replace(/\s*\n\s*/g, ' ')}\n`);
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
