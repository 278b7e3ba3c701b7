// The tests every Belfry field runs: what a citizen and a page author rely on from any field in a
// native <form> (submission, reset, form="id", disabled fieldsets, validation, error timing,
// nothing typed ever lost, Enter submits). A field's own test file calls
// `runFormControlTests(...)` and its keyboard test file `runFormControlKeyboardTests(...)`.
// See docs/decisions/0013-native-controls-in-light-dom.md.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FormControlElement } from '@belfry/core';
import { settle } from './locales.js';

/** A field element, as the suite sees it. */
export type Field = FormControlElement & HTMLElement;

/** Attributes the suite gives a field; `true` is an empty attribute, `false`/absent none. */
export type FieldAttributes = Record<string, string | boolean | undefined>;

/** `element` with these attributes set (`true`: an empty attribute), not yet in the page. */
export function withAttributes<T extends HTMLElement>(element: T, attributes: FieldAttributes): T {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  return element;
}

export interface FormControlFixture {
  /** The element's tag, for messages. */
  tag: string;
  /** Creates an element (not yet in the page) with these attributes and, optionally, children. */
  create(attributes: FieldAttributes): Field;
  /** A value the field accepts, as a user would enter it. */
  value: string;
  /** Another acceptable value, different from `value`. */
  otherValue: string;
  /**
   * Puts `value` in the field as a user would (typing fires `input`), without keys: used by the
   * non-keyboard suite. Default: sets the control's value and fires `input` and `change`.
   */
  enter?(field: Field, value: string): Promise<void>;
  /**
   * Creates the native control an author writes inside the element, for the adoption test (a
   * `<textarea>`, a `<select>` with options). Default: an `<input>`.
   */
  createControl?(): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  /**
   * Whether the field has a read-only state. Default `true`; `false` for a field whose native
   * control has none (a `<select>`): the suite then checks that `readonly` changes nothing.
   */
  readonly?: boolean;
  /** Whether Enter in the field submits its form (single-line fields). */
  enterSubmits: boolean;
  /**
   * For a field filled in through several boxes (`FormControlOptions.boxes`, such as a date's
   * day, month and year): its boxes, in order. The suite then expects the field to be a group
   * named by its label and described by its hint and error, the message and focus on the first
   * box in error (the first box when the whole field is empty), and `aria-invalid` on the boxes.
   */
  boxes?(field: Field): readonly HTMLInputElement[];
  /** The message for a required field left empty, when the field has its own: `{ en, nl }`. */
  valueMissing?: Readonly<Record<'en' | 'nl', string>>;
}

/** The native control of `field`, which must be in its light DOM. */
export function controlOf(field: Field): HTMLInputElement {
  const control = field.control as HTMLInputElement | undefined;
  if (!control) throw new Error(`<${field.localName}> has no native control in its light DOM.`);
  return control;
}

/**
 * Where a field's validity and focus are: its control, or, for a field of several boxes, its
 * first box in error (the first box when none is).
 */
function validityControlOf(options: FormControlFixture, field: Field): HTMLInputElement {
  const boxes = options.boxes?.(field);
  if (!boxes) return controlOf(field);
  return boxes.find((box) => !box.validity.valid) ?? boxes[0]!;
}

/** What the label names and the hint and error describe: the control, or the group. */
function describedOf(options: FormControlFixture, field: Field): HTMLElement {
  return options.boxes ? field : controlOf(field);
}

/** The field's label as read with it: its `<label for>`, or the group's `aria-labelledby`. */
function labelOf(options: FormControlFixture, field: Field): string {
  const text = options.boxes
    ? (field.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
    : (controlOf(field).labels?.[0]?.textContent ?? '');
  return text.replace(/\s+/g, ' ').trim();
}

/** `aria-invalid` of the control, or of each box. */
function ariaInvalid(options: FormControlFixture, field: Field): (string | null)[] {
  const marked = options.boxes?.(field) ?? [controlOf(field)];
  return marked.map((element) => element.getAttribute('aria-invalid'));
}

/** `aria-invalid` of a field that shows no error: "false" on the control, or on each box. */
function notInvalid(options: FormControlFixture, field: Field): string[] {
  return ariaInvalid(options, field).map(() => 'false');
}

async function enter(fixture_: FormControlFixture, field: Field, value: string): Promise<void> {
  if (fixture_.enter) {
    await fixture_.enter(field, value);
  } else {
    const control = controlOf(field);
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    control.dispatchEvent(new Event('change', { bubbles: true }));
  }
  await field.updateComplete;
}

/** A form holding `field`, in the page, with `lang` set. */
async function inForm(
  field: HTMLElement & { updateComplete: Promise<unknown> },
  lang = 'en',
): Promise<HTMLFormElement> {
  const form = await fixture<HTMLFormElement>(html`<form lang=${lang} action="#"></form>`);
  form.append(field);
  await field.updateComplete;
  await settle();
  return form;
}

/**
 * What both suites promise of a field's own messages: its `strings` override the message of a
 * required field left empty, and `setCustomValidity()` makes the answered field invalid with
 * that message (`reported` reads it where the browser reports it) until cleared with `''`.
 */
async function expectCustomValidity(
  field: Pick<CheckableField, 'validationMessage' | 'checkValidity' | 'setCustomValidity'>,
  messages: { required: string; custom: string },
  answer: () => Promise<void>,
  reported: () => string,
): Promise<void> {
  expect(field.validationMessage).to.equal(messages.required);
  await answer();
  field.setCustomValidity(messages.custom);
  expect(field.checkValidity()).to.equal(false);
  expect(reported()).to.equal(messages.custom);
  field.setCustomValidity('');
  expect(field.checkValidity()).to.equal(true);
}

/** Submits `form` as a user does (a native submit button), resolves with the data, or `null`. */
async function submit(form: HTMLFormElement): Promise<FormData | null> {
  const button = document.createElement('button');
  button.textContent = 'Send';
  form.append(button);
  let data: FormData | null = null;
  const listener = (event: SubmitEvent) => {
    event.preventDefault();
    data = new FormData(form);
  };
  form.addEventListener('submit', listener);
  button.click();
  form.removeEventListener('submit', listener);
  button.remove();
  await new Promise((resolve) => setTimeout(resolve, 0));
  await settle();
  return data;
}

const errorOf = (field: HTMLElement) =>
  field.querySelector<HTMLElement>(':scope > [slot="error"]')?.textContent?.trim() ?? '';

function describedByText(control: HTMLElement): string {
  return (control.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent?.trim() ?? `#${id} missing`)
    .join(' | ');
}

/** The tests every field passes in a native form (no key presses; see the keyboard suite). */
export function runFormControlTests(options: FormControlFixture): void {
  const { tag, create, value, otherValue } = options;
  const valueMissing = options.valueMissing ?? {
    en: 'Fill in this field.',
    nl: 'Vul dit veld in.',
  };

  describe(`${tag}: a field in a native form (shared form-control tests)`, () => {
    it('keeps its native control, label, hint and error in light DOM, linked by ids', async () => {
      const field = create({ name: 'city', label: 'City', hint: 'As on your identity card' });
      await inForm(field);
      const control = controlOf(field);
      expect(control.getRootNode() === document, 'the control is in the document tree').to.equal(
        true,
      );
      if (options.boxes) {
        expect(field.getAttribute('role'), 'a field of several boxes is a group').to.equal('group');
      } else {
        expect(control.labels?.length, 'the control has a <label for>').to.equal(1);
      }
      expect(labelOf(options, field)).to.contain('City');
      expect(describedByText(describedOf(options, field))).to.contain('As on your identity card');
      expect(Array.from(control.form!.elements).includes(control)).to.equal(true);
    });

    it('submits its name and value once, with FormData', async () => {
      const field = create({ name: 'city', label: 'City' });
      const form = await inForm(field);
      await enter(options, field, value);
      const data = await submit(form);
      expect(data, 'the form was submitted').to.not.equal(null);
      expect(data!.getAll('city')).to.deep.equal([value]);
      expect(new FormData(form).getAll('city')).to.deep.equal([value]);
    });

    it('proxies value, defaultValue and name to its control', async () => {
      const field = create({ name: 'city', label: 'City', value });
      await inForm(field);
      const control = controlOf(field);
      expect(field.value).to.equal(value);
      expect(field.defaultValue).to.equal(value);
      field.value = otherValue;
      expect(control.value).to.equal(otherValue);
      field.name = 'town';
      expect(control.name).to.equal('town');
      expect(field.name).to.equal('town');
    });

    it('takes a value set before it is in the page', async () => {
      const field = create({ label: 'City' });
      field.name = 'city';
      field.value = otherValue;
      const form = await inForm(field);
      expect(new FormData(form).get('city')).to.equal(otherValue);
    });

    it('returns to its default value on reset, and hides its error', async () => {
      const field = create({ name: 'city', label: 'City', value, required: true });
      const form = await inForm(field);
      await enter(options, field, '');
      await submit(form);
      expect(errorOf(field), 'the error shows after a failed submit').to.not.equal('');
      form.reset();
      await settle();
      expect(field.value).to.equal(value);
      expect(errorOf(field)).to.equal('');
      expect(
        ariaInvalid(options, field),
        'aria-invalid="false" until an error shows',
      ).to.deep.equal(notInvalid(options, field));
    });

    it('belongs to the form named by its form attribute', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><form id="elsewhere"></form></div>`);
      const field = create({ name: 'city', label: 'City', form: 'elsewhere' });
      wrapper.append(field);
      await field.updateComplete;
      await enter(options, field, value);
      const form = wrapper.querySelector('form')!;
      expect(field.form === form, 'field.form is the form').to.equal(true);
      expect(new FormData(form).getAll('city')).to.deep.equal([value]);
    });

    it('is not submitted when disabled, by itself or by a fieldset', async () => {
      const field = create({ name: 'city', label: 'City', value, disabled: true });
      const form = await inForm(field);
      expect(field.disabled).to.equal(true);
      expect(controlOf(field).disabled).to.equal(true);
      expect(new FormData(form).has('city')).to.equal(false);
      field.disabled = false;
      expect(new FormData(form).get('city')).to.equal(value);
      const fieldset = document.createElement('fieldset');
      form.append(fieldset);
      fieldset.append(field);
      fieldset.disabled = true;
      await settle();
      expect(new FormData(form).has('city')).to.equal(false);
      expect(field.disabled, 'the element reports the fieldset’s state').to.equal(false);
      expect(controlOf(field).matches(':disabled')).to.equal(true);
    });

    if (options.readonly === false) {
      it('has no read-only state: readonly changes nothing, the value is submitted and checked', async () => {
        const field = create({
          name: 'city',
          label: 'City',
          value,
          readonly: true,
          required: true,
        });
        const form = await inForm(field);
        expect(field.readonly).to.equal(false);
        expect(field.willValidate).to.equal(true);
        expect(new FormData(form).get('city')).to.equal(value);
      });
    } else {
      it('is submitted but never invalid when read-only', async () => {
        const field = create({
          name: 'city',
          label: 'City',
          value,
          readonly: true,
          required: true,
        });
        const form = await inForm(field);
        expect(field.readonly).to.equal(true);
        expect(field.willValidate).to.equal(false);
        expect(new FormData(form).get('city')).to.equal(value);
      });
    }

    it('says "optional" in words unless required, in the page language', async () => {
      const field = create({ name: 'city', label: 'Gemeente' });
      await inForm(field, 'nl-BE');
      const label = () => labelOf(options, field);
      expect(label()).to.equal('Gemeente (niet verplicht)');
      field.required = true;
      await field.updateComplete;
      expect(label()).to.equal('Gemeente');
    });

    it('is invalid when required and empty, with a message in the page language', async () => {
      const field = create({ name: 'city', label: 'Gemeente', required: true });
      await inForm(field, 'nl-BE');
      expect(field.checkValidity()).to.equal(false);
      // A field of several boxes checks them itself: its message is a custom one.
      expect(field.validity![options.boxes ? 'customError' : 'valueMissing']).to.equal(true);
      expect(field.validationMessage).to.equal(valueMissing.nl);
      await enter(options, field, value);
      expect(field.checkValidity()).to.equal(true);
      expect(field.validationMessage).to.equal('');
    });

    it('takes a custom validity message, and the per-field strings override', async () => {
      const field = create({
        name: 'city',
        label: 'City',
        required: true,
        strings: '{"valueMissing": "Enter the city you live in"}',
      });
      await inForm(field);
      await expectCustomValidity(
        field,
        { required: 'Enter the city you live in', custom: 'This city is not in Belgium' },
        () => enter(options, field, value),
        () => validityControlOf(options, field).validationMessage,
      );
    });

    it('shows its error after a failed submit, not while typing first, and updates it once shown', async () => {
      const field = create({ name: 'city', label: 'City', required: true });
      const form = await inForm(field);
      await enter(options, field, value);
      await enter(options, field, '');
      expect(errorOf(field), 'no error while typing before any submit').to.equal('');
      expect(
        ariaInvalid(options, field),
        'aria-invalid="false" until an error shows',
      ).to.deep.equal(notInvalid(options, field));
      expect(await submit(form), 'an invalid form is not submitted').to.equal(null);
      expect(errorOf(field)).to.contain(valueMissing.en);
      expect(validityControlOf(options, field).getAttribute('aria-invalid')).to.equal('true');
      expect(describedByText(describedOf(options, field))).to.contain(`Error: ${valueMissing.en}`);
      await enter(options, field, value);
      expect(errorOf(field), 'the error goes once fixed').to.equal('');
      expect(
        ariaInvalid(options, field),
        'aria-invalid="false" until an error shows',
      ).to.deep.equal(notInvalid(options, field));
    });

    it('fires one cancelable bf-form-invalid with the invalid controls, and focuses the first', async () => {
      const first = create({ name: 'first', label: 'First', required: true });
      const second = create({ name: 'second', label: 'Second', required: true });
      const form = await inForm(first);
      form.append(second);
      await second.updateComplete;
      const seen: Event[] = [];
      form.addEventListener('bf-form-invalid', (event) => seen.push(event));
      await submit(form);
      expect(seen.length).to.equal(1);
      const detail = (seen[0] as CustomEvent<{ controls: Element[] }>).detail;
      expect(detail.controls.map((control) => control.id)).to.deep.equal([
        validityControlOf(options, first).id,
        validityControlOf(options, second).id,
      ]);
      expect(seen[0]!.cancelable).to.equal(true);
      expect(
        document.activeElement === validityControlOf(options, first),
        'focus is on the first field',
      ).to.equal(true);
    });

    it('leaves focus alone when a listener handles bf-form-invalid', async () => {
      const field = create({ name: 'city', label: 'City', required: true });
      const form = await inForm(field);
      const outside = document.createElement('button');
      outside.textContent = 'Summary';
      form.before(outside);
      outside.focus();
      form.addEventListener('bf-form-invalid', (event) => event.preventDefault());
      await submit(form);
      expect(errorOf(field)).to.not.equal('');
      expect(document.activeElement === outside, 'focus stayed where it was').to.equal(true);
      outside.remove();
    });

    it('after a submit, shows an error when the field is left invalid', async () => {
      const first = create({ name: 'first', label: 'First', required: true, value });
      const second = create({ name: 'second', label: 'Second', required: true });
      const form = await inForm(first);
      form.append(second);
      await second.updateComplete;
      await submit(form);
      expect(errorOf(first)).to.equal('');
      await enter(options, first, '');
      expect(errorOf(first), 'not while typing').to.equal('');
      validityControlOf(options, first).dispatchEvent(new FocusEvent('blur'));
      await first.updateComplete;
      expect(errorOf(first)).to.contain(valueMissing.en);
    });

    it('keeps what was typed through a re-render, a language switch, an error and attribute changes', async () => {
      const field = create({ name: 'city', label: 'City', required: true, hint: 'Town' });
      const form = await inForm(field);
      await enter(options, field, value);
      field.requestUpdate();
      await field.updateComplete;
      form.lang = 'fr-BE';
      await settle();
      field.label = 'Commune';
      field.hint = 'Comme sur votre carte';
      field.setAttribute('value', otherValue);
      field.required = false;
      await field.updateComplete;
      field.setCustomValidity('Non');
      await submit(form);
      field.setCustomValidity('');
      await settle();
      expect(field.value).to.equal(value);
      expect(controlOf(field).value).to.equal(value);
      expect(new FormData(form).getAll('city')).to.deep.equal([value]);
    });

    it('adopts a control the author wrote inside it, with its own label', async () => {
      const field = create({});
      const label = document.createElement('label');
      label.htmlFor = 'authored-city';
      label.textContent = 'Gemeente';
      const control = options.createControl?.() ?? document.createElement('input');
      control.id = 'authored-city';
      control.name = 'city';
      control.value = value;
      field.append(label, control);
      const form = await inForm(field, 'nl-BE');
      expect(field.control === control, 'the authored input is the control').to.equal(true);
      const boxes: readonly Element[] = options.boxes?.(field) ?? [];
      const controls = [...field.querySelectorAll(control.localName)].filter(
        (element) => !boxes.includes(element),
      );
      expect(controls.length, 'no second control').to.equal(1);
      expect(labelOf(options, field)).to.equal('Gemeente (niet verplicht)');
      expect(new FormData(form).getAll('city')).to.deep.equal([value]);
    });
  });
}

/** The keyboard tests every single-line field passes (run in a `keyboard.test.ts` file). */
export function runFormControlKeyboardTests(options: FormControlFixture): void {
  const { tag, create, value } = options;
  const valueMissing = options.valueMissing?.en ?? 'Fill in this field.';

  describe(`${tag}: with the keyboard (shared form-control tests)`, () => {
    it('shows no error while typing before a submit, and submits with Enter when valid', async () => {
      const field = create({ name: 'city', label: 'City', required: true });
      const form = await fixture<HTMLFormElement>(html`<form lang="en"></form>`);
      form.append(field);
      await field.updateComplete;
      const submitted: FormData[] = [];
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted.push(new FormData(form));
      });
      // An inline host would put the control in one line box with its block-level label and
      // error: Firefox then rebuilds the control's box when the error goes on the first key, and
      // keys that come before the next frame go to the page instead ("Eupen" became "Epen").
      expect(getComputedStyle(field).display, 'the field is not an inline box').to.not.equal(
        'inline',
      );
      field.focus();
      expect(
        document.activeElement === validityControlOf(options, field),
        'focus() focuses the control',
      ).to.equal(true);
      await sendKeys({ type: value.slice(0, 1) });
      await sendKeys({ press: 'Backspace' });
      await field.updateComplete;
      expect(errorOf(field)).to.equal('');
      if (!options.enterSubmits) return;
      await sendKeys({ press: 'Enter' });
      await settle();
      expect(submitted.length, 'an empty required field stops the submit').to.equal(0);
      expect(errorOf(field)).to.contain(valueMissing);
      expect(
        document.activeElement === validityControlOf(options, field),
        'focus on the field',
      ).to.equal(true);
      await sendKeys({ type: value });
      await sendKeys({ press: 'Enter' });
      await settle();
      expect(submitted.length).to.equal(1);
      expect(submitted[0]!.get('city')).to.equal(value);
    });

    if (options.enterSubmits) {
      it('submits with Enter through a bf-button as the form’s first submit button', async () => {
        await import('@belfry/components/button');
        const field = create({ name: 'city', label: 'City', value });
        const form = await fixture<HTMLFormElement>(
          html`<form lang="en">
            <bf-button type="submit" name="action" value="next">Next</bf-button>
          </form>`,
        );
        form.prepend(field);
        await field.updateComplete;
        let data: FormData | undefined;
        form.addEventListener('submit', (event) => {
          event.preventDefault();
          data = new FormData(form, event.submitter);
        });
        field.focus();
        await sendKeys({ press: 'Enter' });
        await settle();
        expect(data, 'the form was submitted').to.not.equal(undefined);
        expect(data!.get('action')).to.equal('next');
        expect(data!.get('city')).to.equal(value);
      });
    }
  });
}

/**
 * A checkbox, or a group of checkboxes or radio buttons, as the checkable suite sees it: the
 * validity API of a native control, on the element (for a group: on the group).
 */
export type CheckableField = HTMLElement & {
  updateComplete: Promise<unknown>;
  name: string;
  disabled: boolean;
  required: boolean;
  hint: string;
  readonly form: HTMLFormElement | null;
  readonly validity: ValidityState | undefined;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  setCustomValidity(message: string): void;
  requestUpdate(): void;
};

export interface CheckableControlFixture {
  /** The element's tag, for messages. */
  tag: string;
  /**
   * Creates the element (not yet in the page) with these attributes: for a group, with its
   * options; `label` is the question of a group, the text of a lone checkbox.
   */
  create(attributes: FieldAttributes): CheckableField;
  /** The native controls of the field, in document order. */
  controls(field: CheckableField): HTMLInputElement[];
  /** Answers as a person does, with a click on a label; the form then submits `chosen`. */
  choose(field: CheckableField): Promise<void>;
  /** What the form submits under the field's name after `choose`. */
  chosen: readonly string[];
  /** Makes the answer `choose` gives the default one: its `checked` attribute. */
  makeDefault(field: CheckableField): void;
  /** Takes every answer back through the element's API (`checked`, `value`), as a script does. */
  clear(field: CheckableField): void;
  /** The message of a required field left unanswered, in Dutch (`nl-BE`). */
  valueMissingNl: string;
  /** Whether the field says "optional" in words when not required (groups do; a lone box not). */
  saysOptional: boolean;
}

/** What describes a field: its control's `aria-describedby`, or its fieldset's description. */
function descriptionOf(field: CheckableField, control: HTMLElement): string {
  const fieldset = field.shadowRoot?.querySelector('fieldset') as
    | (HTMLFieldSetElement & { ariaDescribedByElements?: readonly Element[] | null })
    | null
    | undefined;
  const byReference = (fieldset?.ariaDescribedByElements ?? []).map(
    (element) => element.textContent?.trim() ?? '',
  );
  return [describedByText(control), ...byReference].filter(Boolean).join(' | ');
}

/**
 * The tests every checkable field passes in a native form (`bf-checkbox`, `bf-checkbox-group`,
 * `bf-radio-group`): the promises of `runFormControlTests`, where the value is a choice. A value
 * is chosen, not typed: there is no read-only state, and Enter never submits from a choice.
 */
export function runCheckableControlTests(options: CheckableControlFixture): void {
  const { tag, create, controls, choose, chosen } = options;
  const submitted = (data: FormData | null, name = 'answer') => data?.getAll(name);

  describe(`${tag}: a checkable field in a native form (shared form-control tests)`, () => {
    it('keeps its native controls, labels and hint in light DOM, linked in one tree', async () => {
      const field = create({ name: 'answer', label: 'Question', hint: 'Some help' });
      await inForm(field);
      for (const control of controls(field)) {
        expect(control.getRootNode() === document, 'the control is in the document').to.equal(true);
        expect(control.labels?.length, 'the control has a <label for>').to.equal(1);
        expect(Array.from(control.form!.elements).includes(control)).to.equal(true);
      }
      expect(descriptionOf(field, controls(field)[0]!)).to.contain('Some help');
    });

    it('submits name=value for what was chosen, once, and nothing before', async () => {
      const field = create({ name: 'answer', label: 'Question' });
      const form = await inForm(field);
      expect(new FormData(form).getAll('answer')).to.deep.equal([]);
      await choose(field);
      expect(submitted(await submit(form))).to.deep.equal(chosen);
      expect(new FormData(form).getAll('answer')).to.deep.equal(chosen);
    });

    it('passes name to its controls, also when set before it is in the page', async () => {
      const field = create({ label: 'Question' });
      field.name = 'early';
      const form = await inForm(field);
      await choose(field);
      expect(new FormData(form).getAll('early')).to.deep.equal(chosen);
      field.name = 'late';
      await field.updateComplete;
      expect(controls(field).every((control) => control.name === 'late')).to.equal(true);
      expect(new FormData(form).getAll('late')).to.deep.equal(chosen);
    });

    it('returns to its default answer on reset, and hides its error', async () => {
      const field = create({ name: 'answer', label: 'Question', required: true });
      options.makeDefault(field);
      const form = await inForm(field);
      expect(new FormData(form).getAll('answer'), 'the default answer').to.deep.equal(chosen);
      options.clear(field);
      await submit(form);
      expect(errorOf(field), 'the error shows after a failed submit').to.not.equal('');
      form.reset();
      await settle();
      await field.updateComplete;
      expect(new FormData(form).getAll('answer')).to.deep.equal(chosen);
      expect(errorOf(field)).to.equal('');
      expect(
        controls(field).some((control) => control.getAttribute('aria-invalid') === 'true'),
      ).to.equal(false);
    });

    it('belongs to the form named by its form attribute', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><form id="elsewhere"></form></div>`);
      const field = create({ name: 'answer', label: 'Question', form: 'elsewhere' });
      wrapper.append(field);
      await field.updateComplete;
      await settle();
      await choose(field);
      const form = wrapper.querySelector('form')!;
      expect(field.form === form, 'field.form is the form').to.equal(true);
      expect(new FormData(form).getAll('answer')).to.deep.equal(chosen);
    });

    it('is not submitted when disabled, by itself or by a fieldset', async () => {
      const field = create({ name: 'answer', label: 'Question' });
      options.makeDefault(field);
      field.disabled = true;
      const form = await inForm(field);
      expect(controls(field).every((control) => control.disabled)).to.equal(true);
      expect(new FormData(form).has('answer')).to.equal(false);
      field.disabled = false;
      await field.updateComplete;
      await settle();
      expect(new FormData(form).getAll('answer')).to.deep.equal(chosen);
      const fieldset = document.createElement('fieldset');
      form.append(fieldset);
      fieldset.append(field);
      fieldset.disabled = true;
      await settle();
      expect(new FormData(form).has('answer')).to.equal(false);
    });

    it(`${options.saysOptional ? 'says' : 'never says'} "optional" in words`, async () => {
      const field = create({ name: 'answer', label: 'Vraag' });
      await inForm(field, 'nl-BE');
      const text = () =>
        `${field.shadowRoot!.textContent} ${field.textContent}`.replace(/\s+/g, ' ');
      expect(text().includes('(niet verplicht)')).to.equal(options.saysOptional);
      field.required = true;
      await field.updateComplete;
      expect(text().includes('(niet verplicht)')).to.equal(false);
    });

    it('is invalid when required and unanswered, with a message in the page language', async () => {
      const field = create({ name: 'answer', label: 'Vraag', required: true });
      await inForm(field, 'nl-BE');
      expect(field.willValidate).to.equal(true);
      expect(field.checkValidity()).to.equal(false);
      expect(field.validationMessage).to.equal(options.valueMissingNl);
      await choose(field);
      await field.updateComplete;
      expect(field.checkValidity()).to.equal(true);
      expect(field.validationMessage).to.equal('');
    });

    it('takes a custom validity message, and the per-field strings override', async () => {
      const field = create({
        name: 'answer',
        label: 'Question',
        required: true,
        strings: '{"valueMissing": "Answer this question"}',
      });
      await inForm(field);
      await expectCustomValidity(
        field,
        { required: 'Answer this question', custom: 'Not this answer' },
        () => choose(field),
        () => field.validationMessage,
      );
    });

    it('shows its error after a failed submit only, linked to its controls, gone once answered', async () => {
      const field = create({ name: 'answer', label: 'Question', required: true });
      const form = await inForm(field, 'nl-BE');
      const [first] = controls(field);
      first!.focus();
      first!.blur();
      await field.updateComplete;
      expect(errorOf(field), 'no error before a submit').to.equal('');
      expect(await submit(form), 'an unanswered form is not submitted').to.equal(null);
      await field.updateComplete;
      expect(errorOf(field)).to.contain(options.valueMissingNl);
      expect(errorOf(field)).to.contain('Fout:');
      expect(controls(field).every((c) => c.getAttribute('aria-invalid') === 'true')).to.equal(
        true,
      );
      expect(descriptionOf(field, first!)).to.contain(options.valueMissingNl);
      await choose(field);
      await field.updateComplete;
      expect(errorOf(field), 'the error goes once answered').to.equal('');
      expect(controls(field).some((c) => c.getAttribute('aria-invalid') === 'true')).to.equal(
        false,
      );
    });

    it('fires one bf-form-invalid with one control for the field, and focuses it', async () => {
      const field = create({ name: 'answer', label: 'Question', required: true });
      const form = await inForm(field);
      const seen: Event[] = [];
      form.addEventListener('bf-form-invalid', (event) => seen.push(event));
      await submit(form);
      expect(seen.length).to.equal(1);
      const detail = (seen[0] as CustomEvent<{ controls: Element[] }>).detail;
      expect(detail.controls).to.deep.equal([controls(field)[0]]);
      expect(document.activeElement === controls(field)[0], 'focus is on the field').to.equal(true);
    });

    it('after a submit, shows its error when focus leaves it unanswered', async () => {
      const field = create({ name: 'answer', label: 'Question', required: true });
      options.makeDefault(field);
      const form = await inForm(field);
      const after = document.createElement('input');
      after.setAttribute('aria-label', 'After');
      form.append(after);
      await submit(form);
      expect(errorOf(field)).to.equal('');
      options.clear(field);
      // Focus leaving the field, as an event: real focus moves are unreliable in pages that run
      // side by side (keyboard.test.ts files walk the field with real keys, one page at a time).
      controls(field)[0]!.dispatchEvent(
        new FocusEvent('focusout', { bubbles: true, composed: true, relatedTarget: after }),
      );
      await field.updateComplete;
      expect(errorOf(field)).to.not.equal('');
    });

    it('keeps its answer through a re-render, a language switch, an error and attribute changes', async () => {
      const field = create({ name: 'answer', label: 'Question', required: true, hint: 'Help' });
      const form = await inForm(field);
      await choose(field);
      field.requestUpdate();
      await field.updateComplete;
      form.lang = 'fr-BE';
      await settle();
      field.hint = 'Aide';
      field.required = false;
      field.setAttribute('label', 'Question ?');
      await field.updateComplete;
      field.setCustomValidity('Non');
      await submit(form);
      field.setCustomValidity('');
      await settle();
      expect(new FormData(form).getAll('answer')).to.deep.equal(chosen);
    });
  });
}
