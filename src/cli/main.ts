#!/usr/bin/env node
import { QuantLensError, errorMessage } from '../engine/errors';
import { EXIT_CODES, exitCodeFor } from '../shared/exit-codes';
import { COMMANDS } from './commands';

const USAGE = `quantlens — debug quantized ONNX models

Usage:
${Object.values(COMMANDS).map((c) => `  quantlens ${c.usage}`).join('\n')}

Exit codes: 0 done; 1 --fail-on met; 2 bad input; 3 the target cannot compile a valid model.`;

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

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    if (err instanceof QuantLensError) {
      process.stderr.write(`quantlens: ${err.message}\n`);
      process.exitCode = exitCodeFor(err.kind);
    } else {
      process.stderr.write(`quantlens: internal error (a bug in QuantLens): ${errorMessage(err)}\n${(err as Error)?.stack ?? ''}\n`);
      process.exitCode = EXIT_CODES.internal;
    }
  },
);
