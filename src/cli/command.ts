/** A CLI verb: its usage line and what it does; resolves to the exit code. */
export interface Command {
  usage: string;
  run(argv: string[]): Promise<number>;
}
