// The presets are an import of their own (docs/decisions/0024): this page loads the text field
// without `@belfry/components/presets`, as a page that imports only `@belfry/components/text-field`
// does. A field that asks for a preset must still work as a plain text field, say in development
// which import is missing, and take its preset as soon as the presets are loaded.
import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/text-field';
import type { BfTextField } from '@belfry/components';
import { settle } from '../helpers/locales.js';

/** Sets the input's value as typing does, and waits for the field. */
async function type(field: BfTextField, value: string): Promise<void> {
  const control = field.control!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await field.updateComplete;
}

/** A form with one field asking for the national register number, and the warnings logged. */
async function nrnForm(): Promise<{
  form: HTMLFormElement;
  field: BfTextField;
  warnings: string[];
}> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (message: string) => warnings.push(String(message));
  try {
    const form = await fixture<HTMLFormElement>(html`<form lang="en" action="#"></form>`);
    form.innerHTML = `<bf-text-field name="nrn" label="National register number" preset="nrn" required></bf-text-field>`;
    const field = form.querySelector('bf-text-field')!;
    await field.updateComplete;
    await settle();
    return { form, field, warnings };
  } finally {
    console.warn = warn;
  }
}

describe('bf-text-field without the presets loaded', () => {
  it('works as a plain text field, and says in development which import is missing', async () => {
    // The first field of the page: the warning is given once per page.
    const { form, field, warnings } = await nrnForm();
    const message = warnings.join('\n');
    expect(message).to.contain('preset="nrn"');
    expect(message).to.contain("import '@belfry/components/presets'");
    expect(field.validity?.valid, 'empty and required').to.equal(false);
    await type(field, '85073003329');
    expect(field.value, 'not grouped').to.equal('85073003329');
    expect(field.validity?.valid, 'no number check').to.equal(true);
    expect(field.checkValidity()).to.equal(true);
    expect(new FormData(form).get('nrn')).to.equal('85073003329');
    expect(field.control!.type).to.equal('text');
    expect(field.control!.hasAttribute('inputmode'), 'no preset keyboard').to.equal(false);
    expect(field.width, 'no preset width').to.equal('full');
  });

  it('takes its preset once the presets are loaded, keeping what was typed', async () => {
    const { field } = await nrnForm();
    await type(field, '85073003329');
    await import('@belfry/components/presets');
    await field.updateComplete;
    await settle();
    expect(field.value, 'what was typed stays').to.equal('85073003329');
    expect(field.width).to.equal('nrn');
    expect(field.control!.getAttribute('inputmode')).to.equal('numeric');
    expect(field.validity?.valid, 'now checked').to.equal(false);
    expect(field.validationMessage).to.equal(
      'This national register number is not correct. Check that you typed every digit correctly.',
    );
    await type(field, '85073003328');
    expect(field.value, 'grouped while typing').to.equal('85.07.30-033.28');
    expect(field.validity?.valid).to.equal(true);
  });
});
