// Known values are an import of their own (docs/decisions/0024): this page loads the text field
// without `@belfry/components/known-values`, as a page that imports only
// `@belfry/components/text-field` does. A field with a `source` must still work as a plain field
// holding its value, say in development which import is missing, and show its known value as
// soon as known values are loaded.
import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/text-field';
import type { BfTextField } from '@belfry/components';
import { settle } from '../helpers/locales.js';

const part = (field: Element, name: string) =>
  field.querySelector<HTMLElement>(`:scope > [data-bf-field="${name}"]`);
const shown = (element: Element | null | undefined) => (element?.getClientRects().length ?? 0) > 0;

/** A form with a street the National Register knows, and the warnings logged meanwhile. */
async function streetForm(): Promise<{
  form: HTMLFormElement;
  field: BfTextField;
  warnings: string[];
}> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (message: string) => warnings.push(String(message));
  try {
    const form = await fixture<HTMLFormElement>(html`<form lang="en" action="#"></form>`);
    form.innerHTML = `<bf-text-field name="street" label="Street" value="Wetstraat 16" source="national-register"></bf-text-field>`;
    const field = form.querySelector('bf-text-field')!;
    await field.updateComplete;
    await settle();
    return { form, field, warnings };
  } finally {
    console.warn = warn;
  }
}

describe('bf-text-field without known values loaded', () => {
  it('is a plain field holding the value, and says in development which import is missing', async () => {
    // The first field of the page: the warning is given once per page.
    const { form, field, warnings } = await streetForm();
    const message = warnings.join('\n');
    expect(message).to.contain('source="national-register"');
    expect(message).to.contain("import '@belfry/components/known-values'");
    expect(shown(field.control), 'the control shows').to.equal(true);
    expect(field.control!.value).to.equal('Wetstraat 16');
    expect(part(field, 'known'), 'no value as text').to.equal(null);
    expect(part(field, 'correct'), 'no "This is not correct"').to.equal(null);
    expect([...new FormData(form).entries()]).to.deep.equal([['street', 'Wetstraat 16']]);
    field.control!.value = 'Wetstraat 18';
    field.control!.dispatchEvent(new Event('input', { bubbles: true }));
    await field.updateComplete;
    expect([...new FormData(form).entries()]).to.deep.equal([['street', 'Wetstraat 18']]);
    expect(field.corrected).to.equal(false);
  });

  it('shows the known value with its source once known values are loaded', async () => {
    const { form, field } = await streetForm();
    await import('@belfry/components/known-values');
    await field.updateComplete;
    await settle();
    expect(part(field, 'known')?.textContent).to.equal('Wetstraat 16');
    expect(part(field, 'source')?.textContent).to.equal('From the National Register');
    expect(shown(part(field, 'known')), 'the value shows as text').to.equal(true);
    expect(shown(field.control), 'the control is hidden').to.equal(false);
    part(field, 'correct')!.click();
    await field.updateComplete;
    expect(shown(field.control), '"This is not correct" opens the field').to.equal(true);
    expect(document.activeElement).to.equal(field.control);
    field.control!.value = 'Wetstraat 18';
    field.control!.dispatchEvent(new Event('input', { bubbles: true }));
    await field.updateComplete;
    expect(field.corrected).to.equal(true);
    expect(new FormData(form).get('street-corrected')).to.equal('true');
  });
});
