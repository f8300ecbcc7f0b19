/** The prefix of a progress line on stderr; the extension reads lines that start with it. */
export const PROGRESS_PREFIX = '… ';

/**
 * Progress on stderr for a person at a terminal (not with --json), or always when QUANTLENS_PROGRESS=1 (the
 * extension runs the CLI that way and shows the lines in its progress notification).
 */
export function progressSink(json: boolean | undefined): ((message: string) => void) | undefined {
  const wanted = process.env.QUANTLENS_PROGRESS === '1' || (!json && process.stderr.isTTY);
  return wanted ? (m) => process.stderr.write(`${PROGRESS_PREFIX}${m}\n`) : undefined;
}
