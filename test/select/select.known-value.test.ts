// "Only once" in bf-select: a known answer shown with its source, corrected on request, never
// overwritten. The behaviour is core's (test/core/known-value.test.ts); this checks the select
// shows it, with the option's text.
import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/select';
// Known values are an import of their own (docs/decisions/0024).
import '@belfry/components/known-values';
import type { BfSelect } from '@belfry/components';
import { axeViolations } from '../helpers/a11y.js';
import { settle } from '../helpers/locales.js';

const part = (field: Element, name: string) =>
  field.querySelector<HTMLElement>(`:scope > [data-bf-field="${name}"]`);
const shown = (element: Element | null | undefined) => (element?.getClientRects().length ?? 0) > 0;

async function choose(field: BfSelect, value: string): Promise<void> {
  field.control!.value = value;
  field.control!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.control!.dispatchEvent(new Event('change', { bubbles: true }));
  await field.updateComplete;
}

describe('bf-select with a known value', () => {
  async function form(lang = 'en'): Promise<{ form: HTMLFormElement; field: BfSelect }> {
    const element = await fixture<HTMLFormElement>(
      html`<form lang=${lang}>
        <bf-select name="province" label="Province" value="WLG" source="national-register">
          <option value="VAN">Antwerpen</option>
          <option value="WLG">Luik</option>
          <option value="WNA">Namen</option>
        </bf-select>
      </form>`,
    );
    const field = element.querySelector('bf-select')!;
    await field.updateComplete;
    await settle();
    return { form: element, field };
  }

  it('shows the chosen option’s text with its source, and submits its value', async () => {
    const { form: element, field } = await form('nl-BE');
    expect(part(field, 'known')?.textContent).to.equal('Luik');
    expect(part(field, 'source')?.textContent).to.equal('Uit het Rijksregister');
    expect(part(field, 'correct')?.getAttribute('aria-label')).to.equal('Dit klopt niet: Province');
    expect(shown(field.control), 'the select is hidden').to.equal(false);
    expect([...new FormData(element).entries()]).to.deep.equal([['province', 'WLG']]);
  });

  it('opens the select on "This is not correct", and flags a new choice', async () => {
    const { form: element, field } = await form();
    part(field, 'correct')!.click();
    expect(shown(field.control)).to.equal(true);
    expect(document.activeElement).to.equal(field.control);
    await choose(field, 'WNA');
    const data = new FormData(element);
    expect(data.get('province')).to.equal('WNA');
    expect(data.get('province-corrected')).to.equal('true');
  });

  it('keeps the citizen’s choice when the known value changes, and resets to the known value', async () => {
    const { form: element, field } = await form();
    part(field, 'correct')!.click();
    await choose(field, 'VAN');
    field.setAttribute('value', 'WNA');
    await field.updateComplete;
    expect(field.value).to.equal('VAN');
    element.reset();
    await settle();
    expect(field.value).to.equal('WNA');
    expect(part(field, 'known')?.textContent).to.equal('Namen');
    expect(new FormData(element).has('province-corrected')).to.equal(false);
  });

  it('passes axe while the known value shows and once opened', async () => {
    const { form: element, field } = await form();
    expect(await axeViolations(element)).to.deep.equal([]);
    part(field, 'correct')!.click();
    expect(await axeViolations(element)).to.deep.equal([]);
  });
});
