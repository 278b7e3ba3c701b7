const allowedProtocols = new Set(['http:', 'https:', 'mailto:', 'tel:', 'sms:']);

/**
 * The base that relative URLs are resolved against while checking them. Only the scheme is
 * checked: a URL with a scheme keeps it whatever the base, and a relative one takes the page's,
 * which browsers never let be `javascript:` or `data:`. So a fixed base gives the same answer as
 * `document.baseURI` would, and the check also runs on a server, where there is no document.
 */
const checkBase = 'https://belfry.invalid/';

/**
 * Returns `url` when it is safe to put in an `href`: a relative URL or one with the `http`,
 * `https`, `mailto`, `tel` or `sms` scheme. Returns `undefined` for anything else —
 * `javascript:`, `data:`, `vbscript:` or a malformed URL — so data can never run script.
 * Works the same in browsers and in a server render.
 */
export function safeUrl(url: string | null | undefined): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  if (trimmed === '') return undefined;
  try {
    // The URL parser strips tabs and newlines and lower-cases the scheme exactly as the browser
    // does when it follows the link, so `java\tscript:` and `JAVASCRIPT:` are caught too.
    const parsed = new URL(trimmed, checkBase);
    return allowedProtocols.has(parsed.protocol) ? trimmed : undefined;
  } catch {
    return undefined;
  }
}

/** Why an `href-template` cannot make links: its placeholder is missing, or it is not safe. */
export type HrefTemplateProblem = 'no-placeholder' | 'unsafe';

/**
 * Checks an `href-template` such as `/{lang}/contact` or `?page={page}`: it must hold
 * `placeholder`, and the addresses it makes must be safe (see {@link safeUrl}). Returns the
 * problem, or `undefined` when the template can make links.
 */
export function hrefTemplateProblem(
  template: string,
  placeholder: string,
): HrefTemplateProblem | undefined {
  if (!template.includes(placeholder)) return 'no-placeholder';
  return fillHrefTemplate(template, placeholder, 'x') ? undefined : 'unsafe';
}

/** The address `template` makes for `value` (URL-encoded), or `undefined` when it is not safe. */
export function fillHrefTemplate(
  template: string,
  placeholder: string,
  value: string,
): string | undefined {
  return safeUrl(template.replaceAll(placeholder, encodeURIComponent(value)));
}
