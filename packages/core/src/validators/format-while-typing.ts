import type { TypingFormat } from './types.js';

/** Separators the typing formats write, and that people type themselves. */
const separator = /[\s./-]/;

/** A value and the caret position in it. */
export interface TypedValue {
  readonly value: string;
  /** Where the caret goes: the number of characters before it. */
  readonly caret: number;
}

/**
 * Puts the separators of `format` in a value that is being typed (`8507300` →
 * `85.07.30-0`), and moves the caret so that it stays after the same digit or letter: it never
 * jumps to the end when a digit is typed or deleted in the middle.
 *
 * A value with characters that cannot be in the number (a letter in a national register number),
 * or with more characters than the number has, is returned as it is: the validator explains what
 * is wrong, and nothing the user typed is removed. No separator is added after the last
 * character (unless the user typed it), so Backspace deletes a character the user typed.
 */
export function formatWhileTyping(value: string, caret: number, format: TypingFormat): TypedValue {
  const text = typeof value === 'string' ? value : '';
  const at = Number.isInteger(caret) ? Math.min(Math.max(caret, 0), text.length) : text.length;
  const unchanged = { value: text, caret: at };
  let significant = '';
  let beforeCaret = 0;
  for (let index = 0; index < text.length; index++) {
    const character = text[index] ?? '';
    if (format.significant.test(character)) {
      significant += character;
      if (index < at) beforeCaret++;
    } else if (!separator.test(character)) {
      return unchanged;
    }
  }
  if (significant.length > format.length) return unchanged;
  let formatted = format.group(format.uppercase ? significant.toUpperCase() : significant);
  // Someone who types the separators themselves keeps the one they just typed, where the next
  // group starts: "85.07." stays, and is not cut back to "85.07".
  if (at === text.length && separator.test(text.at(-1) ?? '') && significant) {
    const next = format.group(formatted.replace(/\W/g, '') + significant.at(-1));
    if (next.length > formatted.length + 1) {
      formatted = next.slice(0, -1);
      return { value: formatted, caret: formatted.length };
    }
  }
  // The caret goes right after the same significant character it followed.
  let position = 0;
  for (let seen = 0; seen < beforeCaret && position < formatted.length; position++) {
    if (format.significant.test(formatted[position] ?? '')) seen++;
  }
  return { value: formatted, caret: position };
}

/**
 * Formats an `<input>` while the user types in it: call it from the input's `input` event. The
 * value is written only when it changes, and the caret is put back with `setSelectionRange` so
 * it stays where the user is typing. Works on inputs of type text, search, tel and url (the
 * types that have a caret position to read).
 */
export function formatInputWhileTyping(input: HTMLInputElement, format: TypingFormat): void {
  let caret: number | null;
  try {
    caret = input.selectionStart;
  } catch {
    caret = null;
  }
  if (caret === null) return;
  const next = formatWhileTyping(input.value, caret, format);
  if (next.value === input.value) return;
  input.value = next.value;
  input.setSelectionRange(next.caret, next.caret);
}
