const allowedProtocols = new Set(['http:', 'https:', 'mailto:', 'tel:', 'sms:']);

/**
 * Returns `url` when it is safe to put in an `href`: a relative URL or one with the `http`,
 * `https`, `mailto`, `tel` or `sms` scheme. Returns `undefined` for anything else —
 * `javascript:`, `data:`, `vbscript:` or a malformed URL — so data can never run script.
 */
export function safeUrl(url: string | null | undefined): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  if (trimmed === '') return undefined;
  try {
    const parsed = new URL(trimmed, document.baseURI);
    return allowedProtocols.has(parsed.protocol) ? trimmed : undefined;
  } catch {
    return undefined;
  }
}
