import { safeUrl } from './safe-url.js';
import { validatePhoneNumber } from './validators/phone.js';

/** A phone number as shown, and its `tel:` address (none for text that is no number). */
export interface PhoneLink {
  text: string;
  href: string | undefined;
}

/**
 * A phone number as a `tel:` link, for every component that shows one (the alternative
 * channels, the help): a Belgian number in its national form (`02 222 22 22`, linked as
 * `+3222222222`); another country's number as written, linked in its compact international
 * form. No `href` for text that is no number.
 */
export function phoneLink(value: string): PhoneLink {
  const text = value.trim();
  const belgian = validatePhoneNumber(text);
  if (belgian.valid) return { text: belgian.formatted, href: safeUrl(`tel:${belgian.value}`) };
  const compact = text
    .replace(/\(0\)/, '')
    .replace(/[\s./()-]/g, '')
    .replace(/^00/, '+');
  return {
    text,
    href: /^\+[1-9]\d{6,14}$/.test(compact) ? safeUrl(`tel:${compact}`) : undefined,
  };
}
