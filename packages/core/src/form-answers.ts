// A form's answers as data, by the names the form submits them under, and back: for keeping a
// draft (`bf-draft`), or for any script that saves and restores what a citizen has answered.
// Native controls and Belfry fields alike: a Belfry field's native control is in the form
// (docs/decisions/0013-native-controls-in-light-dom.md), and the field is written through its
// own `value` or `checked`, so that what it shows (a date's boxes, follow-up questions) follows.
// What is never read, and why: docs/decisions/0025-drafts.md.

/**
 * One answer: the name it is submitted under and its value. `null` says that nothing is chosen
 * among the checkboxes, radio buttons or options of that name (which a form never submits, and
 * which must still come back when a box ticked by default was unticked).
 */
export type FormAnswer = readonly [name: string, value: string | null];

/** A form's answers, in document order; a name holds one entry per value (ticked boxes). */
export type FormAnswers = readonly FormAnswer[];

/** Set on a control, its Belfry field or any element around them: its answer is never read. */
export const noDraftAttribute = 'data-bf-no-draft';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
/** A Belfry field around its native control: written and read through its own properties. */
type FieldHost = HTMLElement & { control?: unknown; value?: unknown; defaultValue?: unknown };

// Types whose value is no answer (buttons), or must never be kept: passwords, files.
const skippedTypes = /^(password|file|submit|reset|button|image)$/;
// autocomplete tokens of secrets: a card's number and code, one-time codes, passwords.
const secretTokens = /(^|\s)(cc-\S*|one-time-code|current-password|new-password)$/;

/** The Belfry field whose native control `control` is, if any. */
function fieldOf(control: Element): FieldHost | undefined {
  const host = control.parentElement as FieldHost | null;
  return host?.control === control ? host : undefined;
}

/** Set by Belfry on follow-up questions it disabled while their option is not chosen. */
const conditionalMarker = 'data-bf-conditional-disabled';

const isCheckable = (control: Control): control is HTMLInputElement =>
  control.type === 'checkbox' || control.type === 'radio';

/**
 * Whether the answer in `control` can be kept in a draft: a named, enabled, writable `<input>`,
 * `<select>` or `<textarea>` of a form, but never a password, a file, a secret by its
 * `autocomplete` token, a hidden input (which the server wrote: an id, a token), except the one
 * a Belfry field submits its value through (a date field's ISO date), or anything marked with
 * `data-bf-no-draft`. A follow-up question Belfry disabled because its option is not chosen
 * counts as enabled: its answer is kept while hidden, as the page keeps it.
 */
export function isDraftable(element: Element): element is Control {
  const control = element as Control;
  if (!/^(input|select|textarea)$/.test(element.localName) || !control.name) return false;
  const disabled = control.matches(':disabled') && !control.closest(`[${conditionalMarker}]`);
  if (disabled || ('readOnly' in control && control.readOnly)) return false;
  if (skippedTypes.test(control.type) || secretTokens.test(control.autocomplete)) return false;
  if (control.type === 'hidden' && !fieldOf(control)) return false;
  return control.closest(`[${noDraftAttribute}]`) === null;
}

/** The draftable controls of `form`, grouped by name, in document order. */
function groups(form: HTMLFormElement): Map<string, Control[]> {
  const byName = new Map<string, Control[]>();
  for (const element of Array.from(form.elements)) {
    if (!isDraftable(element)) continue;
    const list = byName.get(element.name) ?? [];
    list.push(element);
    byName.set(element.name, list);
  }
  return byName;
}

/** A control's values now (`current`) or as the page gave them (default). */
function valuesOf(control: Control, current: boolean): (string | null)[] {
  if (isCheckable(control)) {
    return (current ? control.checked : control.defaultChecked) ? [control.value] : [];
  }
  if (control instanceof HTMLSelectElement) {
    const options = Array.from(control.options);
    const chosen = options.filter((option) => (current ? option.selected : option.defaultSelected));
    // A single select with no option marked as chosen shows its first one.
    if (!current && !chosen.length && !control.multiple && options[0]) chosen.push(options[0]);
    return chosen.map((option) => option.value);
  }
  const field = fieldOf(control);
  const value = field && (current ? field.value : field.defaultValue);
  return [typeof value === 'string' ? value : current ? control.value : control.defaultValue];
}

/** The values of a group of controls of one name; `[null]` when nothing is chosen. */
function groupValues(controls: readonly Control[], current: boolean): (string | null)[] {
  const values = controls.flatMap((control) => valuesOf(control, current));
  return values.length ? values : [null];
}

const same = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value, index) => value === b[index]);

/**
 * The answers of `form` that differ from what the page gave: a name whose controls still hold
 * their default values (a field left empty, a value the government knows and the citizen did not
 * correct) is left out, so a draft never holds more than the citizen changed, and never puts
 * back an older copy of what the server sends anyway. See {@link isDraftable} for what is never
 * read.
 */
export function readAnswers(form: HTMLFormElement): FormAnswer[] {
  const answers: FormAnswer[] = [];
  for (const [name, controls] of groups(form)) {
    const values = groupValues(controls, true);
    if (same(values, groupValues(controls, false))) continue;
    for (const value of values) answers.push([name, value]);
  }
  return answers;
}

/** Whether `value` is a list of `[name, value]` answers, as {@link readAnswers} gives. */
export function isFormAnswers(value: unknown): value is FormAnswer[] {
  return (
    Array.isArray(value) &&
    value.every(
      (answer) =>
        Array.isArray(answer) &&
        answer.length === 2 &&
        typeof answer[0] === 'string' &&
        (typeof answer[1] === 'string' || answer[1] === null),
    )
  );
}

/** Writes `values` into the controls of one name, through their Belfry fields where they have one. */
function write(controls: readonly Control[], values: readonly (string | null)[]): void {
  const texts = values.filter((value): value is string => value !== null);
  let next = 0;
  for (const control of controls) {
    const field = fieldOf(control) as (FieldHost & { checked?: boolean }) | undefined;
    const before = valuesOf(control, true);
    if (isCheckable(control)) {
      const checked = texts.includes(control.value);
      // A Belfry option opens its follow-up questions through its own `checked`.
      if (field && 'checked' in field) field.checked = checked;
      else control.checked = checked;
      // A radio button unchecked by another one gets no event from the browser either.
      if (!checked && control.type === 'radio') continue;
    } else if (control instanceof HTMLSelectElement && !(field && 'defaultValue' in field)) {
      for (const option of Array.from(control.options)) {
        option.selected = texts.includes(option.value);
      }
    } else {
      const value = control instanceof HTMLSelectElement ? (texts[0] ?? '') : (texts[next++] ?? '');
      if (field && 'defaultValue' in field) field.value = value;
      else control.value = value;
    }
    // Page scripts that follow the controls' events see the answer come back.
    if (same(before, valuesOf(control, true))) continue;
    for (const type of ['input', 'change']) {
      control.dispatchEvent(new Event(type, { bubbles: true }));
    }
  }
}

export interface ApplyAnswersOptions {
  /**
   * Names to leave alone whatever they hold: those the citizen has answered since the page
   * loaded, say.
   */
  skip?: (name: string) => boolean;
}

/**
 * Puts `answers` (as {@link readAnswers} gives them) back into `form`, never over anything that
 * already changed: a name is written only while its controls hold the values the page gave them
 * (what the browser restored itself, or the citizen typed, stays) and `skip` does not name it.
 * Names the form does not have, or cannot keep in a draft, are ignored. Belfry fields are written
 * through their own `value` or `checked`: a date field fills its boxes, a chosen option opens its
 * follow-up questions, a corrected known value is flagged. Each control written gets an `input`
 * and a `change` event. Returns the names whose answers the form now shows (written, or already
 * there).
 */
export function applyAnswers(
  form: HTMLFormElement,
  answers: FormAnswers,
  options: ApplyAnswersOptions = {},
): string[] {
  const wanted = new Map<string, (string | null)[]>();
  for (const [name, value] of isFormAnswers(answers) ? answers : []) {
    wanted.set(name, [...(wanted.get(name) ?? []), value]);
  }
  const shown: string[] = [];
  const byName = groups(form);
  for (const [name, values] of wanted) {
    const controls = byName.get(name);
    if (!controls) continue;
    const now = groupValues(controls, true);
    if (same(now, values)) {
      shown.push(name);
      continue;
    }
    if (options.skip?.(name) || !same(now, groupValues(controls, false))) continue;
    write(controls, values);
    shown.push(name);
  }
  return shown;
}
