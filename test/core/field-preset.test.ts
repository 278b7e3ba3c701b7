// Field presets: a kind of Belgian number named once (`preset="nrn"`) gives a field its check,
// its message in the page's language, its keyboard, its autofill token and its grouping.
import { expect, fixture, html } from '@open-wc/testing';
import {
  findPreset,
  locales,
  validateEnterpriseNumber,
  validateIban,
  validateNationalRegisterNumber,
  validatePhoneNumber,
  validatePostalCode,
  validationMessage,
  type Validator,
} from '@belfry/core';
import { settle } from '../helpers/locales.js';
import type { TestKnownField } from './known-value-field.js';
import './known-value-field.js';

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

async function presetField(preset: string, lang = 'en', extra = ''): Promise<TestKnownField> {
  const form = await fixture<HTMLFormElement>(html`<form lang=${lang} action="#"></form>`);
  form.innerHTML = `<test-known-field name="number" label="Number" preset="${preset}" ${extra}></test-known-field>`;
  const field = form.querySelector('test-known-field')!;
  await field.updateComplete;
  await settle();
  return field;
}

async function type(field: TestKnownField, value: string): Promise<void> {
  field.control!.value = value;
  field.control!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await field.updateComplete;
}

/** A failed submit attempt, as a user makes it: the field's inline error then shows. */
async function attemptSubmit(field: TestKnownField): Promise<string> {
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

    const written = await fixture<TestKnownField>(
      html`<test-known-field label="Postcode" preset="postcode"
        ><input autocomplete="off" inputmode="text"
      /></test-known-field>`,
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
    const field = await presetField('nrn', 'en', 'value="85073003328" source="national-register"');
    const known = field.querySelector('[data-bf-field="known"]')!;
    expect(known.textContent).to.equal('85.07.30-033.28');
    expect(new FormData(field.form!).get('number')).to.equal('85073003328');
  });
});
