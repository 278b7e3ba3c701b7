import { mod97, toText } from './text.js';

// The Belgian structured reference ("gestructureerde mededeling", "communication structurée",
// OGM/VCS) that identifies a payment: 12 digits, the last 2 being the first 10 modulo 97 (97 for
// a remainder of 0), written +++123/4567/89012+++.

/** The 12 digits of `input` when it is a structured reference, else `undefined`. */
function referenceDigits(input: unknown): string | undefined {
  const text = toText(input);
  if (!text || text.length > 40) return undefined;
  // Banks print it between +++ or ***, with slashes, spaces or dots; only digits count.
  const digits = text.replace(/^(?:\+{3}|\*{3})|(?:\+{3}|\*{3})$/g, '').replace(/[\s/.-]/g, '');
  if (!/^\d{12}$/.test(digits)) return undefined;
  const remainder = mod97(digits.slice(0, 10));
  return (remainder === 0 ? 97 : remainder) === Number(digits.slice(10)) ? digits : undefined;
}

/**
 * Whether `input` is a Belgian structured reference whose check digits are right: 12 digits,
 * with or without the `+++`/`***` marks, slashes and spaces (`+++090/9337/55493+++`,
 * `090933755493`).
 */
export function isStructuredReference(input: unknown): boolean {
  return referenceDigits(input) !== undefined;
}

/**
 * A Belgian structured reference as banks print it, `+++090/9337/55493+++`, for display; the
 * value as it was given (trimmed) when it is not one, e.g. a free-text payment message.
 */
export function formatStructuredReference(input: unknown): string {
  const digits = referenceDigits(input);
  if (!digits) return toText(input) ?? '';
  return `+++${digits.slice(0, 3)}/${digits.slice(3, 7)}/${digits.slice(7)}+++`;
}
