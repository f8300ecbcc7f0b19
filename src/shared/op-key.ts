/**
 * An op named with its domain: `com.microsoft:QLinearConv`; ops of the default domain are named alone. This is the
 * key of every op count in the JSON reports.
 */
export function opKey(domain: string, opType: string): string {
  return domain && domain !== 'ai.onnx' ? `${domain}:${opType}` : opType;
}

/**
 * The same name as a view shows it, Microsoft's domains shortened (`ms:QLinearConv`, `ms.nchwc:Conv`): labels must
 * fit a tree row, keys must stay the domains the runtime reports.
 */
export function opLabel(domain: string, opType: string): string {
  return opKey(domain.replace(/^com\.microsoft\.?/, 'ms.').replace(/\.$/, ''), opType);
}
