// "Only once" and field presets, as every field that supports them must behave: a value the
// government already knows, shown with its source, corrected on request and never overwritten;
// a kind of Belgian number named once. Core writes the behaviour (docs/decisions/0018); each
// field's tests call these with its tag. Keyboard tests must be called from a file named
// `*.keyboard.test.ts` (one page at a time).
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import {
  findPreset,
  locales,
  registerStrings,
  validateEnterpriseNumber,
  validateIban,
  validateNationalRegisterNumber,
  validatePhoneNumber,
  validatePostalCode,
  validationMessage,
  type FormControlElement,
  type Validator,
} from '@belfry/core';
import { axeViolations } from './a11y.js';
import { press, pressAndExpectFocus } from './keyboard.js';
import { settle } from './locales.js';
import { axeMatrix } from './matrix.js';

/** A field with a known value and a preset, as these tests see it. */
export type KnownField = FormControlElement<HTMLInputElement> & { preset: string };

const part = (field: Element, name: string) =>
  field.querySelector<HTMLElement>(`:scope > [data-bf-field="${name}"]`);
const text = (field: Element, name: string) => part(field, name)?.textContent?.trim() ?? '';
const button = (field: Element) => part(field, 'correct') as HTMLButtonElement | null;
const correct = (field: Element) => button(field)!;
/** Whether the native control is drawn (it is hidden while the known value shows). */
const controlShown = (field: KnownField) => field.control!.getClientRects().length > 0;

/** Types `value` as a user would: the control changes and fires `input`. */
async function type(field: KnownField, value: string): Promise<void> {
  const control = field.control!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await field.updateComplete;
}

/** Defines `name` as the element of `tag` once more: markup written before its script ran. */
function defineLater(tag: string, name: string): void {
  const Field = customElements.get(tag) as CustomElementConstructor;
  customElements.define(name, class extends Field {});
}

/** The tags of the elements exposed with `role` and `name` in the browser's accessibility tree. */
function axFind(role: string, name: string): Promise<string[]> {
  return executeServerCommand('ax-find', { role, name });
}

interface AXNode {
  role?: string;
  name?: string;
  children?: AXNode[];
}

/** The names in the accessibility tree, in reading order (Chromium: the snapshot needs CDP). */
async function readingOrder(): Promise<string[] | undefined> {
  if (navigator.userAgent.includes('Firefox')) return undefined;
  const names: string[] = [];
  const walk = (node: AXNode) => {
    if (node.name && node.role !== 'RootWebArea') names.push(`${node.role}: ${node.name}`);
    node.children?.forEach(walk);
  };
  walk((await a11ySnapshot({})) as unknown as AXNode);
  return names;
}

/** The known-value behaviour every field with `source` has. */
export function runKnownValueTests(tag: string): void {
  async function knownForm(
    attributes = '',
    lang = 'en',
  ): Promise<{
    form: HTMLFormElement;
    field: KnownField;
  }> {
    const form = await fixture<HTMLFormElement>(html`<form lang=${lang} action="#"></form>`);
    // Markup, as a server writes it: the known value is the field's `value`.
    form.innerHTML = `<${tag} name="street" label="Street" value="Wetstraat 16"
      source="national-register" ${attributes}></${tag}>`;
    const field = form.querySelector(tag) as KnownField;
    await field.updateComplete;
    await settle();
    return { form, field };
  }

  describe('a known value ("only once")', () => {
    it('shows the value as text with its source, and submits it', async () => {
      const { form, field } = await knownForm();
      expect(text(field, 'known')).to.equal('Wetstraat 16');
      expect(text(field, 'source')).to.equal('From the National Register');
      expect(button(field)?.textContent).to.equal('This is not correct');
      expect(controlShown(field), 'the control is hidden').to.equal(false);
      expect(part(field, 'known')!.getClientRects().length).to.be.above(0);
      const data = new FormData(form);
      expect(data.getAll('street')).to.deep.equal(['Wetstraat 16']);
      expect(data.has('street-corrected'), 'no flag while unchanged').to.equal(false);
      expect(field.corrected).to.equal(false);
    });

    it('names each source in the page language, and shows other text as written', async () => {
      const expected = {
        nl: ['Uit het Rijksregister', 'Uit de Kruispuntbank van Ondernemingen'],
        fr: ['Provient du Registre national', 'Provient de la Banque-Carrefour des Entreprises'],
        de: ['Aus dem Nationalregister', 'Aus der Zentralen Datenbank der Unternehmen'],
        en: ['From the National Register', 'From the Crossroads Bank for Enterprises'],
      } as const;
      for (const [lang, [register, enterprises]] of Object.entries(expected)) {
        const { field } = await knownForm('', lang);
        expect(text(field, 'source'), lang).to.equal(register);
        field.source = 'enterprise-register';
        await field.updateComplete;
        expect(text(field, 'source'), lang).to.equal(enterprises);
      }
      const { field } = await knownForm('', 'nl-BE');
      field.source = 'social-security';
      await field.updateComplete;
      expect(text(field, 'source')).to.equal('Uit de Kruispuntbank van de Sociale Zekerheid');
      field.source = 'finance';
      await field.updateComplete;
      expect(text(field, 'source')).to.equal('Van de FOD Financiën');
      field.source = '  Van uw gemeente  ';
      await field.updateComplete;
      expect(text(field, 'source')).to.equal('Van uw gemeente');
      expect(part(field, 'source')!.hasAttribute('lang')).to.equal(false);
    });

    it('gives "This is not correct" a name that says which answer, in every language', async () => {
      const names = {
        nl: ['Dit klopt niet', 'Dit klopt niet: Street'],
        'fr-BE': ["Ce n'est pas correct", "Ce n'est pas correct : Street"],
        de: ['Das stimmt nicht', 'Das stimmt nicht: Street'],
        en: ['This is not correct', 'This is not correct: Street'],
      } as const;
      for (const [lang, [visible, name]] of Object.entries(names)) {
        const { field } = await knownForm('', lang);
        expect(button(field)!.textContent, lang).to.equal(visible);
        expect(button(field)!.getAttribute('aria-label'), lang).to.equal(name);
        expect(name.startsWith(visible), 'the visible words start the name').to.equal(true);
        expect(button(field)!.type).to.equal('button');
      }
    });

    it('opens the control with the known value in it on "This is not correct", and focuses it', async () => {
      const { form, field } = await knownForm();
      button(field)!.click();
      await field.updateComplete;
      expect(controlShown(field), 'the control shows').to.equal(true);
      expect(document.activeElement).to.equal(field.control);
      expect(field.control!.value).to.equal('Wetstraat 16');
      expect(field.control!.selectionStart, 'the caret after the value').to.equal(12);
      expect(part(field, 'known'), 'the text is gone').to.equal(null);
      expect(part(field, 'source')).to.equal(null);
      expect(button(field)).to.equal(null);
      // Opened but unchanged: still the known value, without the flag.
      expect(new FormData(form).has('street-corrected')).to.equal(false);
      expect(new FormData(form).get('street')).to.equal('Wetstraat 16');
    });

    it('submits a correction with <name>-corrected=true, and drops the flag when undone', async () => {
      const { form, field } = await knownForm();
      button(field)!.click();
      await type(field, 'Wetstraat 18');
      let data = new FormData(form);
      expect(data.getAll('street')).to.deep.equal(['Wetstraat 18']);
      expect(data.getAll('street-corrected')).to.deep.equal(['true']);
      expect(field.corrected).to.equal(true);
      await type(field, 'Wetstraat 16');
      data = new FormData(form);
      expect(data.has('street-corrected')).to.equal(false);
      expect(field.corrected).to.equal(false);
      expect(controlShown(field), 'the control stays open while the citizen works').to.equal(true);
    });

    it('names the flag with corrected-name, and follows form="id"', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><form id="move" action="#"></form></div>`,
      );
      wrapper.insertAdjacentHTML(
        'beforeend',
        `<${tag} form="move" name="street" corrected-name="street_changed"
          label="Street" value="Wetstraat 16" source="national-register"></${tag}>`,
      );
      const field = wrapper.querySelector(tag) as KnownField;
      await field.updateComplete;
      button(field)!.click();
      await type(field, 'Rue de la Loi 16');
      const data = new FormData(wrapper.querySelector('form')!);
      expect(data.get('street')).to.equal('Rue de la Loi 16');
      expect(data.get('street_changed')).to.equal('true');
      expect(data.has('street-corrected')).to.equal(false);
    });

    it('never replaces a correction when the page changes the known value later', async () => {
      const { form, field } = await knownForm();
      button(field)!.click();
      await type(field, 'Wetstraat 18');
      // The page learns a new known value, by attribute and by property.
      field.setAttribute('value', 'Wetstraat 20');
      await field.updateComplete;
      expect(field.control!.value, 'what the citizen typed stays').to.equal('Wetstraat 18');
      field.defaultValue = 'Wetstraat 22';
      await field.updateComplete;
      expect(field.control!.value).to.equal('Wetstraat 18');
      expect(field.defaultValue).to.equal('Wetstraat 22');
      const data = new FormData(form);
      expect(data.get('street')).to.equal('Wetstraat 18');
      expect(data.get('street-corrected')).to.equal('true');
      expect(controlShown(field)).to.equal(true);
    });

    it('shows a new known value while the citizen has not corrected it', async () => {
      const { form, field } = await knownForm();
      field.setAttribute('value', 'Wetstraat 20');
      await field.updateComplete;
      expect(text(field, 'known')).to.equal('Wetstraat 20');
      expect(new FormData(form).get('street')).to.equal('Wetstraat 20');
      expect(new FormData(form).has('street-corrected')).to.equal(false);
    });

    it('returns to the known value, shown as text again, on reset', async () => {
      const { form, field } = await knownForm();
      button(field)!.click();
      await type(field, 'Wetstraat 18');
      field.setAttribute('value', 'Wetstraat 20');
      form.reset();
      await settle();
      expect(field.value).to.equal('Wetstraat 20');
      expect(text(field, 'known')).to.equal('Wetstraat 20');
      expect(controlShown(field)).to.equal(false);
      expect(new FormData(form).has('street-corrected')).to.equal(false);
      expect(field.validity?.valid).to.equal(true);
    });

    it('keeps the correction, the open control and the flag through a language switch', async () => {
      const { form, field } = await knownForm('', 'nl-BE');
      expect(text(field, 'source')).to.equal('Uit het Rijksregister');
      button(field)!.click();
      await type(field, 'Wetstraat 18');
      form.lang = 'fr-BE';
      await settle();
      expect(field.control!.value).to.equal('Wetstraat 18');
      expect(controlShown(field)).to.equal(true);
      expect(new FormData(form).get('street-corrected')).to.equal('true');
      form.reset();
      await settle();
      expect(text(field, 'source')).to.equal('Provient du Registre national');
      expect(button(field)!.textContent).to.equal("Ce n'est pas correct");
    });

    it('shows the source in the language of its text when the page has another', async () => {
      const { field } = await knownForm('', 'es');
      expect(text(field, 'source')).to.equal('From the National Register');
      expect(part(field, 'source')!.lang).to.equal('en');
      expect(button(field)!.lang).to.equal('en');
    });

    it('takes the page’s words for the source and the button', async () => {
      registerStrings('en', {
        'bf-source': { sourceNationalRegister: 'We got this from the National Register' },
        'bf-form-control': { notCorrect: 'Change this', notCorrectLabel: 'Change this: {label}' },
      });
      try {
        const { field } = await knownForm();
        expect(text(field, 'source')).to.equal('We got this from the National Register');
        expect(button(field)!.getAttribute('aria-label')).to.equal('Change this: Street');
      } finally {
        registerStrings('en', {
          'bf-source': { sourceNationalRegister: '' },
          'bf-form-control': { notCorrect: '', notCorrectLabel: '' },
        });
      }
    });

    it('is an ordinary field without a source, or without a known value', async () => {
      const form = await fixture<HTMLFormElement>(
        `<form>
          <${tag} name="a" label="A" value="known"></${tag}>
          <${tag} name="b" label="B" source="national-register"></${tag}>
        </form>`,
      );
      const [a, b] = [...form.querySelectorAll(tag)] as KnownField[];
      await a!.updateComplete;
      await b!.updateComplete;
      for (const field of [a!, b!]) {
        expect(controlShown(field)).to.equal(true);
        expect(part(field, 'known')).to.equal(null);
      }
      expect([...new FormData(form).keys()]).to.deep.equal(['a', 'b']);
    });

    it('offers nothing to correct when the field is read-only or disabled', async () => {
      const { form, field } = await knownForm('readonly');
      expect(text(field, 'known')).to.equal('Wetstraat 16');
      expect(text(field, 'source')).to.equal('From the National Register');
      expect(button(field)).to.equal(null);
      expect(new FormData(form).get('street')).to.equal('Wetstraat 16');
      field.readonly = false;
      await field.updateComplete;
      expect(button(field)).to.not.equal(null);
      field.disabled = true;
      await field.updateComplete;
      expect(button(field)).to.equal(null);
      expect(new FormData(form).has('street')).to.equal(false);
    });

    it('moves focus to "This is not correct" when focus() is called while the value shows', async () => {
      const { field } = await knownForm();
      field.focus();
      expect(document.activeElement).to.equal(button(field));
      button(field)!.click();
      (document.activeElement as HTMLElement).blur();
      field.focus();
      expect(document.activeElement).to.equal(field.control);
    });

    it('opens the control with its error when the known value does not pass on submit', async () => {
      const { form, field } = await knownForm('preset="postcode"');
      field.setAttribute('value', '0999');
      await field.updateComplete;
      expect(controlShown(field)).to.equal(false);
      const submitButton = document.createElement('button');
      form.append(submitButton);
      let submitted = false;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted = true;
      });
      submitButton.click();
      await settle();
      expect(submitted).to.equal(false);
      expect(controlShown(field)).to.equal(true);
      expect(document.activeElement).to.equal(field.control);
      expect(text(field, 'error')).to.contain('0999 is not a Belgian postal code');
    });

    it('shows a correction that back/forward brings back in the control, flagged', async () => {
      // The browser restores the input it parsed, before the script upgrades the element.
      const form = await fixture<HTMLFormElement>(
        `<form>
          <${tag}-restored label="Street" value="Wetstraat 16" source="national-register">
            <input name="street" value="Wetstraat 16" />
          </${tag}-restored>
        </form>`,
      );
      form.querySelector('input')!.value = 'Wetstraat 18';
      defineLater(tag, `${tag}-restored`);
      const field = form.querySelector(`${tag}-restored`) as KnownField;
      await field.updateComplete;
      expect(controlShown(field)).to.equal(true);
      expect(part(field, 'known')).to.equal(null);
      expect(field.value).to.equal('Wetstraat 18');
      expect(new FormData(form).get('street-corrected')).to.equal('true');
    });

    it('submits the known value from server markup before and without JavaScript', async () => {
      // An element that is not defined yet: what the browser has before the script runs.
      const form = await fixture<HTMLFormElement>(
        `<form>
          <${tag}-later label="Street" value="Wetstraat 16" source="national-register">
            <label for="later-street">Street</label>
            <input id="later-street" name="street" value="Wetstraat 16" />
          </${tag}-later>
        </form>`,
      );
      expect(new FormData(form).get('street')).to.equal('Wetstraat 16');
      defineLater(tag, `${tag}-later`);
      const field = form.querySelector(`${tag}-later`) as KnownField;
      await field.updateComplete;
      await settle();
      expect(field.control!.id, 'the written input is adopted').to.equal('later-street');
      expect(text(field, 'known')).to.equal('Wetstraat 16');
      expect(controlShown(field)).to.equal(false);
      expect([...new FormData(form).entries()]).to.deep.equal([['street', 'Wetstraat 16']]);
    });
  });
}

/** The presets, for a field with a `preset` attribute. */
export function runFieldPresetTests(tag: string): void {
  /** Preset, the validator it must apply, valid values as people type them, invalid values. */
  const table: [preset: string, validate: Validator, valid: string[], invalid: string[]][] = [
    [
      'nrn',
      validateNationalRegisterNumber,
      ['85.07.30-033.28', '85073003328', '850730 033 28'],
      ['85.07.30-033.29', '8507300332', '85O73003328', '85133000105'],
    ],
    [
      'iban',
      validateIban,
      ['BE68 5390 0754 7034', 'be68539007547034', 'NL91 ABNA 0417 1643 00'],
      ['BE68 5390 0754 7035', 'BE68 5390 0754 703', 'XX68 5390 0754 7034'],
    ],
    [
      'enterprise-number',
      validateEnterpriseNumber,
      ['0403.170.701', '0403170701', 'BE 0403.170.701'],
      ['0403.170.702', '04031707', '2001234592'],
    ],
    ['postcode', validatePostalCode, ['1000', '9992', '4700'], ['0999', '123', '99999']],
    [
      'phone',
      validatePhoneNumber,
      ['0470 12 34 56', '+32 2 123 45 67', '02 123 45 67'],
      ['0470 12 34 5', '+33 1 23 45 67 89', '0470 x'],
    ],
  ];

  async function presetField(preset: string, lang = 'en', extra = ''): Promise<KnownField> {
    const form = await fixture<HTMLFormElement>(html`<form lang=${lang} action="#"></form>`);
    form.innerHTML = `<${tag} name="number" label="Number" preset="${preset}" ${extra}></${tag}>`;
    const field = form.querySelector(tag) as KnownField;
    await field.updateComplete;
    await settle();
    return field;
  }

  /** A failed submit attempt, as a user makes it: the field's inline error then shows. */
  async function attemptSubmit(field: KnownField): Promise<string> {
    const form = field.form!;
    const button = document.createElement('button');
    form.append(button);
    const stop = (event: Event) => event.preventDefault();
    form.addEventListener('submit', stop);
    button.click();
    form.removeEventListener('submit', stop);
    button.remove();
    await settle();
    // The message after the "Error:" that only screen readers read.
    const error = field.querySelector('[data-bf-field="error"]');
    return error?.lastChild?.textContent?.trim() ?? '';
  }

  describe('field presets', () => {
    for (const [preset, validate, valid, invalid] of table) {
      describe(`preset="${preset}"`, () => {
        it('accepts valid values as people type them', async () => {
          const field = await presetField(preset);
          for (const value of valid) {
            await type(field, value);
            expect(field.validity?.valid, value).to.equal(true);
            expect(field.checkValidity(), value).to.equal(true);
          }
          expect(await attemptSubmit(field)).to.equal('');
        });

        it('refuses invalid values with the validator’s message, in every language', async () => {
          for (const locale of locales) {
            const lang = locale === 'en' ? 'en' : `${locale}-BE`;
            const field = await presetField(preset, lang);
            for (const value of invalid) {
              await type(field, value);
              const expected = validationMessage(validate(field.control!.value), lang);
              expect(expected, `${value} is invalid`).to.not.equal('');
              expect(field.validationMessage, `${lang} ${value}`).to.equal(expected);
            }
            // And the citizen sees it, after a submit attempt.
            expect(await attemptSubmit(field), lang).to.equal(field.validationMessage);
            expect(field.control!.getAttribute('aria-invalid')).to.equal('true');
          }
        });
      });
    }

    it('switches the message with the page language, and keeps the value', async () => {
      const field = await presetField('nrn', 'nl-BE');
      await type(field, '85.07.30-033.29');
      await attemptSubmit(field);
      expect(field.validationMessage).to.equal(
        'Dit rijksregisternummer klopt niet. Controleer of u elk cijfer juist hebt ingevuld.',
      );
      field.form!.lang = 'de-BE';
      await settle();
      expect(field.validationMessage).to.equal(
        'Diese Nationalregisternummer ist nicht korrekt. Prüfen Sie jede Ziffer.',
      );
      expect(field.value).to.equal('85.07.30-033.29');
    });

    it("takes the field's own words for a message", async () => {
      const field = await presetField(
        'nrn',
        'nl',
        `strings='{"nrnChecksum": "Dit nummer bestaat niet."}'`,
      );
      await type(field, '85073003329');
      expect(field.validationMessage).to.equal('Dit nummer bestaat niet.');
    });

    it('runs the page’s own validators after the preset’s', async () => {
      const field = await presetField('postcode');
      field.validators = [(value) => (value === '1000' ? 'We do not deliver to 1000.' : undefined)];
      await type(field, '0999');
      expect(field.validationMessage).to.contain('0999');
      await type(field, '1000');
      expect(field.validationMessage).to.equal('We do not deliver to 1000.');
    });

    it('sets the keyboard, autofill and spelling of the input', async () => {
      const expected: Record<string, Record<string, string | null>> = {
        nrn: { inputmode: 'numeric', autocomplete: null },
        iban: { inputmode: 'text', autocomplete: null },
        'enterprise-number': { inputmode: 'numeric', autocomplete: null },
        postcode: { inputmode: 'numeric', autocomplete: 'postal-code' },
        phone: { inputmode: 'tel', autocomplete: 'tel' },
      };
      for (const [preset, attributes] of Object.entries(expected)) {
        const control = (await presetField(preset)).control!;
        for (const [name, value] of Object.entries(attributes)) {
          expect(control.getAttribute(name), `${preset} ${name}`).to.equal(value);
        }
        expect(control.getAttribute('spellcheck'), preset).to.equal('false');
        expect(control.getAttribute('autocapitalize'), preset).to.equal('none');
      }
    });

    it('leaves what the author chose, and takes back its own when the preset changes', async () => {
      const field = await presetField('postcode');
      expect(field.control!.getAttribute('autocomplete')).to.equal('postal-code');
      field.preset = 'nrn';
      await field.updateComplete;
      expect(field.control!.hasAttribute('autocomplete')).to.equal(false);
      expect(field.control!.getAttribute('inputmode')).to.equal('numeric');
      field.preset = '';
      await field.updateComplete;
      expect(field.control!.hasAttribute('inputmode')).to.equal(false);
      expect(field.control!.hasAttribute('spellcheck')).to.equal(false);

      const written = await fixture<KnownField>(
        `<${tag} label="Postcode" preset="postcode"
          ><input autocomplete="off" inputmode="text"
        /></${tag}>`,
      );
      await written.updateComplete;
      expect(written.control!.getAttribute('autocomplete')).to.equal('off');
      expect(written.control!.getAttribute('inputmode')).to.equal('text');
      expect(written.control!.getAttribute('spellcheck'), 'what the author left open').to.equal(
        'false',
      );
      // On the element, as a field passes it on: the preset leaves it to the field.
      const onHost = await presetField('phone', 'en', 'autocomplete="mobile tel"');
      expect(onHost.control!.getAttribute('autocomplete')).to.equal('mobile tel');
    });

    it('knows the short names nrn, enterprise and postcode', () => {
      expect(findPreset('nrn')?.name).to.equal('national-register-number');
      expect(findPreset('enterprise')?.name).to.equal('enterprise-number');
      expect(findPreset(' PostCode ')?.name).to.equal('postal-code');
      expect(findPreset('belgian-iban')?.name).to.equal('belgian-iban');
      expect(findPreset('mobile-phone')?.name).to.equal('mobile-phone');
      expect(findPreset('zip')).to.equal(undefined);
      expect(findPreset('constructor')).to.equal(undefined);
      expect(findPreset(null)).to.equal(undefined);
    });

    it('warns about an unknown preset and checks nothing', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (message: string) => warnings.push(String(message));
      try {
        const field = await presetField('zip-code');
        await type(field, 'anything');
        expect(field.validity?.valid).to.equal(true);
      } finally {
        console.warn = warn;
      }
      expect(warnings.join('\n')).to.contain('preset="zip-code" is unknown');
    });

    it('shows a known number grouped as people read it, and submits it as given', async () => {
      const field = await presetField(
        'nrn',
        'en',
        'value="85073003328" source="national-register"',
      );
      const known = field.querySelector('[data-bf-field="known"]')!;
      expect(known.textContent).to.equal('85.07.30-033.28');
      expect(new FormData(field.form!).get('number')).to.equal('85073003328');
    });
  });
}

/** Known values and presets with the keyboard. */
export function runKnownValueKeyboardTests(tag: string): void {
  async function page(fieldAttributes: string): Promise<{
    form: HTMLFormElement;
    before: HTMLButtonElement;
    field: KnownField;
    after: HTMLButtonElement;
  }> {
    const form = await fixture<HTMLFormElement>(html`<form lang="en" action="#"></form>`);
    form.innerHTML = `<button type="button" id="before">Before</button>
      <${tag} name="street" label="Street" ${fieldAttributes}></${tag}>
      <button id="after">Send</button>`;
    const field = form.querySelector(tag) as KnownField;
    await field.updateComplete;
    await settle();
    return {
      form,
      before: form.querySelector<HTMLButtonElement>('#before')!,
      field,
      after: form.querySelector<HTMLButtonElement>('#after')!,
    };
  }

  describe('a known value with the keyboard', () => {
    for (const key of ['Enter', ' '] as const) {
      it(`Tab reaches "This is not correct" (not the hidden control); ${key === ' ' ? 'Space' : key} opens the field and types on in it`, async () => {
        const { before, field, after, form } = await page(
          'value="Wetstraat 16" source="national-register"',
        );
        before.focus();
        await pressAndExpectFocus('Tab', correct(field));
        await pressAndExpectFocus('Tab', after);
        await pressAndExpectFocus('Shift+Tab', correct(field));
        await press(key);
        await field.updateComplete;
        expect(document.activeElement, 'focus moved into the field').to.equal(field.control);
        await sendKeys({ type: 'a' });
        expect(field.value).to.equal('Wetstraat 16a');
        await pressAndExpectFocus('Tab', after);
        await pressAndExpectFocus('Shift+Tab', field.control!);
        const data = new FormData(form);
        expect(data.get('street')).to.equal('Wetstraat 16a');
        expect(data.get('street-corrected')).to.equal('true');
      });
    }

    it('submits with Enter in the opened field, with the flag', async () => {
      const { form, field } = await page('value="Wetstraat 16" source="national-register"');
      let data: FormData | undefined;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        data = new FormData(form);
      });
      correct(field).focus();
      await press('Enter');
      await field.updateComplete;
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: '8' });
      await press('Enter');
      await settle();
      expect(data?.get('street')).to.equal('Wetstraat 18');
      expect(data?.get('street-corrected')).to.equal('true');
    });
  });

  describe('a preset while typing', () => {
    it('groups a national register number as it is typed', async () => {
      const { field } = await page('preset="nrn"');
      field.control!.focus();
      await sendKeys({ type: '85073003328' });
      expect(field.value).to.equal('85.07.30-033.28');
      expect(field.control!.selectionStart).to.equal(15);
      expect(field.validity?.valid).to.equal(true);
    });

    it('keeps the caret after a digit typed or deleted in the middle', async () => {
      const { field } = await page('preset="nrn"');
      const control = field.control!;
      control.focus();
      await sendKeys({ type: '8507300332' });
      expect(field.value).to.equal('85.07.30-033.2');
      // The caret after "85.0": a forgotten 7 goes in there, and the caret stays after it.
      control.setSelectionRange(4, 4);
      await sendKeys({ type: '7' });
      expect(control.value).to.equal('85.07.73-003.32');
      expect(control.selectionStart).to.equal(5);
      await sendKeys({ press: 'Backspace' });
      expect(control.value).to.equal('85.07.30-033.2');
      expect(control.selectionStart).to.equal(4);
    });

    it('writes an IBAN in groups of four, in capitals', async () => {
      const { field } = await page('preset="iban"');
      field.control!.focus();
      await sendKeys({ type: 'be68539007547034' });
      expect(field.value).to.equal('BE68 5390 0754 7034');
      expect(field.validity?.valid).to.equal(true);
    });

    it('shows the error only after a submit attempt, then follows the typing', async () => {
      const { field, form } = await page('preset="postcode"');
      form.addEventListener('submit', (event) => event.preventDefault());
      const error = () => field.querySelector('[data-bf-field="error"]');
      field.control!.focus();
      await sendKeys({ type: '099' });
      await press('Tab');
      expect(error(), 'no error while typing the first time').to.equal(null);
      field.control!.focus();
      await press('Enter');
      await settle();
      expect(error()?.textContent).to.contain('4 digits');
      await sendKeys({ type: '9' });
      expect(error()?.textContent).to.contain('0999 is not a Belgian postal code');
      await press('Control+a');
      await sendKeys({ type: '1000' });
      expect(error(), 'fixed: the error goes').to.equal(null);
      expect(field.value).to.equal('1000');
    });
  });
}

/** Known values in the accessibility tree and under axe, in every state, theme and language. */
export function runKnownValueA11yTests(tag: string): void {
  describe('a known value in the accessibility tree (Chromium and Firefox)', () => {
    it('exposes the value, its source and a button named after the answer, not the hidden field', async () => {
      const field = await fixture<KnownField>(
        `<${tag}
          lang="en"
          name="street"
          label="Street"
          value="Wetstraat 16"
          source="national-register"
        ></${tag}>`,
      );
      await settle();
      expect(await axFind('button', 'This is not correct: Street')).to.deep.equal(['button']);
      expect(await axFind('textbox', 'Street (optional)'), 'the hidden input').to.deep.equal([]);
      const order = await readingOrder();
      if (order) {
        // The question, the answer, where it comes from, and what to do if it is wrong.
        const at = (name: string) => order.findIndex((entry) => entry.endsWith(`: ${name}`));
        const steps = [
          'Street',
          'Wetstraat 16',
          'From the National Register',
          'This is not correct: Street',
        ].map(at);
        expect(
          steps.every((index) => index >= 0),
          order.join(' | '),
        ).to.equal(true);
        expect(
          [...steps].sort((a, b) => a - b),
          order.join(' | '),
        ).to.deep.equal(steps);
      }

      field.querySelector<HTMLButtonElement>('[data-bf-field="correct"]')!.click();
      await settle();
      expect(await axFind('textbox', 'Street (optional)')).to.deep.equal(['input']);
      expect(await axFind('button', 'This is not correct: Street')).to.deep.equal([]);
    });

    it('names the button in the page language', async () => {
      await fixture(
        `<${tag}
          lang="de-BE"
          name="street"
          label="Straße"
          value="Hauptstraße 1"
          source="national-register"
          required
        ></${tag}>`,
      );
      await settle();
      expect(await axFind('button', 'Das stimmt nicht: Straße')).to.deep.equal(['button']);
      const order = await readingOrder();
      if (order) expect(order.join(' | ')).to.contain('Aus dem Nationalregister');
    });
  });

  // The field's label is the author's, written per language, so every language is checked with
  // real text; the source and the button are Belfry's.
  const words = {
    'nl-BE': { label: 'Straat', value: 'Wetstraat 16' },
    'fr-BE': { label: 'Rue', value: 'Rue de la Loi 16' },
    'de-BE': { label: 'Straße', value: 'Hauptstraße 1' },
    'en-BE': { label: 'Street', value: 'Wetstraat 16' },
  } as const;

  interface KnownProps {
    source: string;
    open: boolean;
    readonly: boolean;
    invalid: boolean;
    [key: string]: unknown;
  }

  axeMatrix<KnownProps>({
    tag,
    variants: {
      'national register': { source: 'national-register' },
      'free text source': { source: 'From your municipality' },
    },
    states: {
      known: {},
      corrected: { open: true },
      'read-only': { readonly: true },
      'known value in error': { invalid: true },
    },
    locales: true,
    render: ({ source, readonly, open, invalid }, { lang }) => {
      const text = words[(lang ?? 'en-BE') as keyof typeof words];
      // Put in its state once it has its control: before the matrix, which waits for the same
      // update, runs axe.
      const ready = (element: Element | undefined) => {
        const field = element as KnownField | undefined;
        void field?.updateComplete.then(() => {
          if (open) field.querySelector<HTMLButtonElement>('[data-bf-field="correct"]')?.click();
          if (invalid) field.reportValidity();
        });
      };
      const element = unsafeStatic(tag);
      return staticHtml`<${element}
        name="street"
        label=${text.label}
        value=${invalid ? '0999' : text.value}
        preset=${invalid ? 'postcode' : nothing}
        source=${source ?? nothing}
        ?readonly=${readonly}
        ${ref(ready)}
      ></${element}>`;
    },
  });

  describe('a known value and the axe gate', () => {
    it('fails when the source is unreadable against the page', async () => {
      const field = await fixture<KnownField>(
        `<${tag}
          label="Street"
          value="Wetstraat 16"
          source="national-register"
          style="--bf-known-value-source-fg: #c8c8c8; background: #ffffff"
        ></${tag}>`,
      );
      await field.updateComplete;
      const ids = (await axeViolations(field)).map((violation) => violation.id);
      expect(ids).to.include('color-contrast');
    });
  });
}
