const warned = new Set<string>();

/** Logs a console warning once per key for the lifetime of the page, to help page authors. */
export function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`[Belfry] ${message}`);
}
