// Helpers for the tests of checkboxes and radio buttons (test/checkbox*, test/radio*).
import { aTimeout } from '@open-wc/testing';

/** A control's label text as its `<label>`s give it, white space collapsed. */
export function labelOf(control: HTMLInputElement): string {
  return Array.from(control.labels ?? [])
    .map((label) => label.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Tries to submit `form` as a person does, with a click on a submit button, and resolves with
 * whether it was submitted (the submission itself is kept from leaving the page). Waits for the
 * inline errors a failed attempt shows.
 */
export async function attemptSubmit(form: HTMLFormElement): Promise<boolean> {
  const button = document.createElement('button');
  button.type = 'submit';
  button.textContent = 'Send';
  let submitted = false;
  const listener = (event: Event) => {
    event.preventDefault();
    submitted = true;
  };
  form.addEventListener('submit', listener);
  form.append(button);
  try {
    button.click();
    await aTimeout(10);
  } finally {
    form.removeEventListener('submit', listener);
    button.remove();
  }
  return submitted;
}
