import { expect, fixture, html } from '@open-wc/testing';
import { registerStrings } from '@belfry/core';
import { controlOf, runFormControlTests } from '../helpers/form-control.js';
import { settle } from '../helpers/locales.js';
import { createTestField, type TestField } from './form-control-field.js';

runFormControlTests({
  tag: 'test-field',
  create: createTestField,
  value: 'Eupen',
  otherValue: 'Namur',
  enterSubmits: true,
});

async function typeInto(field: TestField, value: string): Promise<void> {
  const control = controlOf(field);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  await field.updateComplete;
}

describe('FormControlController', () => {
  it('runs the field’s validators after the browser’s checks, never on an empty value', async () => {
    const field = createTestField({ name: 'postcode', label: 'Postcode' });
    const calls: string[] = [];
    field.validators = [
      (value, { locale }) => {
        calls.push(value);
        return /^\d{4}$/.test(value) ? undefined : `${locale}: four digits`;
      },
    ];
    await fixture(html`<form lang="fr-BE"></form>`).then((form) => form.append(field));
    await field.updateComplete;
    expect(field.checkValidity()).to.equal(true);
    expect(calls, 'not called for an empty value').to.deep.equal([]);
    await typeInto(field, '10000');
    expect(field.validationMessage).to.equal('fr: four digits');
    await typeInto(field, '1000');
    expect(field.checkValidity()).to.equal(true);
  });

  it('treats a validator that throws as passing, and warns in the console', async () => {
    const field = createTestField({ name: 'x', label: 'X' });
    field.validators = [
      () => {
        throw new Error('broken');
      },
    ];
    const errors: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => errors.push(args);
    try {
      await fixture(html`<form></form>`).then((form) => form.append(field));
      await typeInto(field, 'a');
    } finally {
      console.warn = original;
    }
    expect(field.checkValidity()).to.equal(true);
    expect(errors.length).to.be.greaterThan(0);
  });

  it('takes page-wide text for all fields, then for one tag, then per element', async () => {
    const field = createTestField({ name: 'x', label: 'X', required: true });
    await fixture(html`<form lang="de-BE"></form>`).then((form) => form.append(field));
    await field.updateComplete;
    expect(field.validationMessage).to.equal('Füllen Sie dieses Feld aus.');
    registerStrings('de', { 'bf-form-control': { valueMissing: 'Bitte ausfüllen.' } });
    await field.updateComplete;
    expect(field.validationMessage).to.equal('Bitte ausfüllen.');
    registerStrings('de', { 'test-field': { valueMissing: 'Pflichtfeld.' } } as never);
    await field.updateComplete;
    expect(field.validationMessage).to.equal('Pflichtfeld.');
    field.strings = { valueMissing: 'Geben Sie X ein.' };
    await field.updateComplete;
    expect(field.validationMessage).to.equal('Geben Sie X ein.');
    registerStrings('de', {
      'bf-form-control': { valueMissing: 'Füllen Sie dieses Feld aus.' },
      'test-field': { valueMissing: 'Füllen Sie dieses Feld aus.' },
    } as never);
  });

  it('follows a language switch in the label’s "optional" and the shown error', async () => {
    const field = createTestField({ name: 'x', label: 'Naam', required: true });
    const form = await fixture<HTMLFormElement>(html`<form lang="nl-BE"></form>`);
    form.append(field);
    await field.updateComplete;
    expect(field.reportValidity()).to.equal(false);
    await field.updateComplete;
    const error = () => field.querySelector('[slot="error"]')!.textContent!.trim();
    expect(error()).to.equal('Fout: Vul dit veld in.');
    form.lang = 'fr-BE';
    await settle();
    expect(error()).to.equal('Erreur : Remplissez ce champ.');
    field.required = false;
    await field.updateComplete;
    expect(controlOf(field).labels![0]!.textContent).to.equal('Naam (facultatif)');
  });

  it('counts characters, lets people type on past the limit, and then says how many too many', async () => {
    const field = createTestField({ name: 'x', label: 'Reason' });
    field.maxLength = 5;
    await fixture(html`<form lang="en"></form>`).then((form) => form.append(field));
    await field.updateComplete;
    const count = () => field.querySelector('[slot="count"]')!.textContent;
    expect(count()).to.equal('You have 5 characters remaining');
    await typeInto(field, 'abcd');
    expect(count()).to.equal('You have 1 character remaining');
    await typeInto(field, 'abcdefg');
    expect(controlOf(field).value, 'nothing cut off').to.equal('abcdefg');
    expect(count()).to.equal('You have 2 characters too many');
    expect(field.validationMessage).to.equal('Use 5 characters or fewer.');
    expect(controlOf(field).getAttribute('aria-describedby')).to.contain(
      field.querySelector('[slot="count"]')!.id,
    );
  });

  it('shows an error the server wrote until the value changes', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form lang="en">
        <test-field label="Postcode"
          ><input name="postcode" value="99999" />
          <p slot="error">Enter a Belgian postcode.</p></test-field
        >
      </form>`,
    );
    const field = form.querySelector<TestField>('test-field')!;
    await field.updateComplete;
    const control = controlOf(field);
    expect(control.getAttribute('aria-invalid')).to.equal('true');
    expect(field.validationMessage).to.equal('Enter a Belgian postcode.');
    expect(field.querySelectorAll('[slot="error"]').length).to.equal(1);
    await typeInto(field, '1000');
    expect(field.checkValidity()).to.equal(true);
    expect(control.getAttribute('aria-invalid')).to.equal('false');
  });

  it('warns once when a field has no label', async () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      await fixture(html`<test-field name="nolabel"></test-field>`);
    } finally {
      console.warn = original;
    }
    expect(String(warnings)).to.contain('has no label');
  });
});
