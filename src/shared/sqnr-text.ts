/**
 * SQNR as every view words it. The engine caps SQNR at 200 dB (its SQNR_CAP_DB): a value there means the two
 * tensors are identical, and every view says "identical" rather than "200.0 dB".
 */
export const SQNR_IDENTICAL_DB = 200;

export function isIdenticalSqnr(db: number | null | undefined): boolean {
  return typeof db === 'number' && db >= SQNR_IDENTICAL_DB;
}

/** "31.4 dB", "identical", or `missing` (not measured: null, undefined, NaN). */
export function sqnrText(db: number | null | undefined, missing = 'not measured'): string {
  if (db === null || db === undefined || Number.isNaN(db)) return missing;
  if (isIdenticalSqnr(db)) return 'identical';
  return `${db.toFixed(1)} dB`;
}
