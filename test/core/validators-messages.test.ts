import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { html } from 'lit';
import {
  BelfryElement,
  LocalizeController,
  locales,
  registerStrings,
  validateBelgianIban,
  validateEnterpriseNumber,
  validateIban,
  validateNationalRegisterNumber,
  validatePhoneNumber,
  validatePostalCode,
  validationMessage,
  validatorStrings,
  type InvalidResult,
  type ValidationResult,
} from '@belfry/core';
import { settle } from '../helpers/locales.js';

/** One refused value for every message the validators can give. */
const refusals: ValidationResult[] = [
  validateNationalRegisterNumber(''),
  validateNationalRegisterNumber('85O73003328'),
  validateNationalRegisterNumber('8507300332'),
  validateNationalRegisterNumber('85073003329'),
  validateNationalRegisterNumber('85133000105'),
  validateNationalRegisterNumber('85273003371', { bis: false }),
  validateIban(''),
  validateIban('BE68_5390'),
  validateIban('6853 9007'),
  validateIban('XX68 5390 0754 7034'),
  validateIban('DE89370400440532013000', { countries: ['BE', 'NL'] }),
  validateBelgianIban('NL91ABNA0417164300'),
  validateIban('BE68 5390 0754 703'),
  validateIban('BE68 5390 0754 7035'),
  validateEnterpriseNumber(''),
  validateEnterpriseNumber('0403.17O.701'),
  validateEnterpriseNumber('04031707'),
  validateEnterpriseNumber('2001234592'),
  validateEnterpriseNumber('0403170702'),
  validatePostalCode(''),
  validatePostalCode('123'),
  validatePostalCode('0999'),
  validatePhoneNumber(''),
  validatePhoneNumber('0470 x'),
  validatePhoneNumber('470 12 34 56'),
  validatePhoneNumber('+33 1 23 45 67 89'),
  validatePhoneNumber('0470 12 34 5'),
  validatePhoneNumber('02 123 45 67', { mobile: true }),
];

describe('validation messages', () => {
  it('has a refusal above for every message key, so each is checked below', () => {
    const keys = new Set(refusals.map((result) => (result as InvalidResult).messageKey));
    expect([...keys].sort()).to.deep.equal(Object.keys(validatorStrings.catalogs.en).sort());
  });

  it('says what is wrong in every language, with every placeholder filled', () => {
    for (const locale of locales) {
      const seen = new Set<string>();
      for (const result of refusals) {
        const message = validationMessage(result, locale);
        expect(message, `${locale} ${(result as InvalidResult).messageKey}`).to.match(/^\S.*\.$/);
        expect(message, message).not.to.match(/\{\w+\}/);
        seen.add(message);
      }
      // Each reason has its own words: no message stands in for another.
      expect(seen.size, locale).to.equal(refusals.length);
    }
  });

  it('is in the language asked for, with the values of the value refused', () => {
    const short = validateNationalRegisterNumber('85.07.30-033');
    expect(validationMessage(short, 'nl-BE')).to.equal(
      'Een rijksregisternummer heeft 11 cijfers, zoals 85.07.30-033.28. U vulde er 9 in.',
    );
    expect(validationMessage(short, 'fr-BE')).to.contain('Vous en avez indiqué 9.');
    expect(validationMessage(short, 'de')).to.contain('Sie haben 9 eingegeben.');
    expect(validationMessage(short, 'en')).to.contain('You entered 9.');
    expect(validationMessage(validatePostalCode('9999'), 'fr')).to.equal(
      "9999 n'est pas un code postal belge. Les codes postaux belges vont de 1000 à 9992.",
    );
    expect(validationMessage(validateIban('DE89 3704 0044 0532 0130 0'), 'en')).to.equal(
      'An IBAN that starts with DE has 22 characters. You entered 21.',
    );
  });

  it('falls back to English for other languages, and is empty for a valid value', () => {
    const result = validateEnterpriseNumber('0403170702');
    expect(validationMessage(result, 'es')).to.equal(validationMessage(result, 'en'));
    expect(validationMessage(result, '')).to.equal(validationMessage(result, 'en'));
    expect(validationMessage(validateEnterpriseNumber('0403170701'), 'nl')).to.equal('');
  });

  it('never throws on a result that is not one', () => {
    for (const bad of [
      null,
      undefined,
      42,
      {},
      { valid: false },
      { valid: false, messageKey: 'x' },
    ]) {
      expect(validationMessage(bad as unknown as ValidationResult, 'nl')).to.equal('');
    }
  });

  it('uses text an agency registered for bf-validators', () => {
    registerStrings('nl', {
      'bf-validators': { postalCodeRange: 'Postcode {code} bestaat niet.' },
    });
    try {
      expect(validationMessage(validatePostalCode('0999'), 'nl')).to.equal(
        'Postcode 0999 bestaat niet.',
      );
      expect(validationMessage(validatePostalCode('0999'), 'fr')).to.contain('code postal belge');
    } finally {
      registerStrings('nl', { 'bf-validators': { postalCodeRange: '' } });
    }
    expect(validationMessage(validatePostalCode('0999'), 'nl')).to.contain('Belgische postcode');
  });
});

/** A stand-in for a field: what the form-control core does with a validator. */
class TestValidatedField extends BelfryElement {
  static override properties = { value: {} };
  value = '';
  private readonly t = new LocalizeController(this, validatorStrings);

  protected override render() {
    const result = validateNationalRegisterNumber(this.value);
    return html`<p>
      ${result.valid ? result.formatted : this.t.term(result.messageKey, result.params)}
    </p>`;
  }
}
TestValidatedField.define('test-validated-field');

describe('validation messages in an element', () => {
  const text = (field: Element) => field.shadowRoot?.querySelector('p')?.textContent?.trim() ?? '';

  it("follow the page's language and change with it", async () => {
    const wrapper = await fixture(fixtureHtml`<div lang="fr-BE">
      <test-validated-field value="85073003329"></test-validated-field>
    </div>`);
    const field = wrapper.querySelector('test-validated-field')!;
    await settle();
    expect(text(field)).to.equal(
      "Ce numéro de registre national n'est pas correct. Vérifiez chaque chiffre.",
    );
    wrapper.setAttribute('lang', 'de-BE');
    await settle();
    expect(text(field)).to.equal(
      'Diese Nationalregisternummer ist nicht korrekt. Prüfen Sie jede Ziffer.',
    );
  });

  it("take the field's own strings first", async () => {
    const field = await fixture<TestValidatedField>(
      fixtureHtml`<test-validated-field
        lang="nl"
        value="85073003329"
        strings='{"nrnChecksum": "Dit nummer bestaat niet."}'
      ></test-validated-field>`,
    );
    await settle();
    expect(text(field)).to.equal('Dit nummer bestaat niet.');
  });
});

declare global {
  interface HTMLElementTagNameMap {
    'test-validated-field': TestValidatedField;
  }
}
