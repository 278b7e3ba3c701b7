import { expect, fixture, html } from '@open-wc/testing';
import { html as staticHtml } from 'lit';
import { render } from 'lit';
import '@belfry/components/fieldset';
import '@belfry/components/button';
import type { BfButton, BfFieldset } from '@belfry/components';

const fieldsetOf = (element: BfFieldset) =>
  element.querySelector<HTMLFieldSetElement>(':scope > fieldset')!;

async function address(attributes = '') {
  const form = await fixture<HTMLFormElement>(
    html`<form>
      <div id="host"></div>
    </form>`,
  );
  form.querySelector('#host')!.outerHTML = `<bf-fieldset ${attributes}>
    <label for="street">Street</label><input id="street" name="street" value="Rue Haute 1" />
    <label for="city">City</label><input id="city" name="city" value="Eupen" disabled />
    <bf-button type="submit">Send</bf-button>
  </bf-fieldset>`;
  const element = form.querySelector('bf-fieldset')!;
  await element.updateComplete;
  return { form, element };
}

describe('<bf-fieldset>', () => {
  it('puts its content in a native fieldset in its light DOM, legend first', async () => {
    const { element } = await address('legend="Your address"');
    const fieldset = fieldsetOf(element);
    expect(element.children.length).to.equal(1);
    expect(fieldset.firstElementChild!.localName).to.equal('legend');
    expect(fieldset.firstElementChild!.textContent).to.equal('Your address');
    expect(fieldset.querySelector('#street')).to.exist;
    // The shadow root only places it.
    expect(element.shadowRoot!.querySelector('fieldset')).to.equal(null);
  });

  it('disables every control inside, as a native disabled fieldset does', async () => {
    const { form, element } = await address('legend="Your address"');
    const street = form.querySelector<HTMLInputElement>('#street')!;
    const button = form.querySelector<BfButton>('bf-button')!;
    expect(street.matches(':disabled')).to.equal(false);
    expect(new FormData(form).get('street')).to.equal('Rue Haute 1');

    element.disabled = true;
    await element.updateComplete;
    expect(street.matches(':disabled')).to.equal(true);
    expect(button.matches(':disabled')).to.equal(true);
    expect(new FormData(form).has('street')).to.equal(false);
    street.focus();
    expect(document.activeElement).not.to.equal(street);
    expect(element.hasAttribute('disabled')).to.equal(true);

    element.disabled = false;
    await element.updateComplete;
    expect(street.matches(':disabled')).to.equal(false);
    expect(button.matches(':disabled')).to.equal(false);
    // A field disabled on its own stays disabled.
    expect(form.querySelector<HTMLInputElement>('#city')!.matches(':disabled')).to.equal(true);
  });

  it('is disabled from the start with the disabled attribute', async () => {
    const { form } = await address('legend="Your address" disabled');
    expect(form.querySelector('#street')!.matches(':disabled')).to.equal(true);
  });

  it('makes the legend a heading of the level asked for, and back', async () => {
    const { element } = await address('legend="What is your address?" legend-heading="1"');
    const legend = fieldsetOf(element).querySelector('legend')!;
    expect(legend.children.length).to.equal(1);
    expect(legend.firstElementChild!.localName).to.equal('h1');
    expect(legend.textContent).to.equal('What is your address?');
    // Sized as a page heading, larger than a plain legend.
    const headingSize = parseFloat(getComputedStyle(legend.firstElementChild!).fontSize);
    element.legendHeading = 2;
    await element.updateComplete;
    expect(legend.firstElementChild!.localName).to.equal('h2');
    element.legendHeading = 0;
    await element.updateComplete;
    expect(legend.children.length).to.equal(0);
    expect(legend.textContent).to.equal('What is your address?');
    expect(parseFloat(getComputedStyle(legend).fontSize)).to.be.below(headingSize);
  });

  it('ignores a heading level that is not 1 to 6, with a warning', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    let element: BfFieldset;
    try {
      ({ element } = await address('legend="Address" legend-heading="9"'));
    } finally {
      console.warn = original;
    }
    expect(warnings.join('\n')).to.contain('legend-heading="9" is not 1 to 6');
    const legend = fieldsetOf(element).querySelector('legend')!;
    expect(legend.children.length).to.equal(0);
    expect(legend.textContent).to.equal('Address');
  });

  it('describes the group by its hint, keeping the ids the author gave', async () => {
    const { element } = await address('legend="Your address" hint="Where you live now."');
    const fieldset = fieldsetOf(element);
    const hint = fieldset.querySelector<HTMLElement>('[data-bf-hint]')!;
    expect(hint.textContent).to.equal('Where you live now.');
    expect(hint.previousElementSibling!.localName).to.equal('legend');
    expect(fieldset.getAttribute('aria-describedby')).to.equal(hint.id);

    fieldset.setAttribute('aria-describedby', `${hint.id} address-error`);
    element.hint = 'Your main residence.';
    await element.updateComplete;
    expect(hint.textContent).to.equal('Your main residence.');
    expect(fieldset.getAttribute('aria-describedby')).to.equal(`${hint.id} address-error`);

    element.hint = '';
    await element.updateComplete;
    expect(fieldset.querySelector('[data-bf-hint]')).to.equal(null);
    expect(fieldset.getAttribute('aria-describedby')).to.equal('address-error');
  });

  it('gives each hint its own id', async () => {
    const wrapper = await fixture(
      html`<div>
        <bf-fieldset legend="A" hint="First"></bf-fieldset>
        <bf-fieldset legend="B" hint="Second"></bf-fieldset>
      </div>`,
    );
    const ids = [...wrapper.querySelectorAll('[data-bf-hint]')].map((hint) => hint.id);
    expect(new Set(ids).size).to.equal(2);
  });

  it('changes and removes the legend with the attribute', async () => {
    const { element } = await address('legend="Your address"');
    element.legend = 'Your new address';
    await element.updateComplete;
    expect(fieldsetOf(element).querySelector('legend')!.textContent).to.equal('Your new address');
    element.legend = '';
    await element.updateComplete;
    expect(fieldsetOf(element).querySelector('legend')).to.equal(null);
  });

  it("uses the author's fieldset and legend, moving nothing the author wrote", async () => {
    const element = await fixture<BfFieldset>(
      html`<bf-fieldset hint="As on your card.">
        <fieldset disabled>
          <legend>Contact <em>details</em></legend>
          <input aria-label="Phone" name="phone" />
        </fieldset>
      </bf-fieldset>`,
    );
    const fieldset = fieldsetOf(element);
    expect(fieldset.hasAttribute('data-bf-fieldset')).to.equal(false);
    expect(fieldset.querySelector('legend')!.innerHTML).to.equal('Contact <em>details</em>');
    // The author's disabled fieldset makes the element disabled, and the other way round.
    expect(element.disabled).to.equal(true);
    element.disabled = false;
    await element.updateComplete;
    expect(fieldset.disabled).to.equal(false);
    expect(fieldset.querySelector('[data-bf-hint]')!.previousElementSibling!.localName).to.equal(
      'legend',
    );
  });

  it('keeps working under a framework that renders the fieldset itself (Lit)', async () => {
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const draw = (items: string[]) =>
      render(
        staticHtml`<bf-fieldset legend="Children"
          ><fieldset>
            ${items.map((item) => staticHtml`<input aria-label=${item} name=${item} />`)}
          </fieldset></bf-fieldset
        >`,
        container,
      );
    draw(['anna']);
    const element = container.querySelector('bf-fieldset')!;
    await element.updateComplete;
    draw(['anna', 'bert']);
    await element.updateComplete;
    const fieldset = fieldsetOf(element);
    expect([...fieldset.querySelectorAll('input')].map((input) => input.name)).to.deep.equal([
      'anna',
      'bert',
    ]);
    expect(fieldset.firstElementChild!.localName).to.equal('legend');
  });

  it('takes content added later into the group', async () => {
    const { element } = await address('legend="Your address" disabled');
    const input = document.createElement('input');
    input.name = 'box';
    element.append(input);
    await new Promise((resolve) => setTimeout(resolve));
    expect(input.parentElement).to.equal(fieldsetOf(element));
    expect(input.matches(':disabled')).to.equal(true);
  });

  it('makes a new fieldset when its fieldset is taken out', async () => {
    const { element } = await address('legend="Your address"');
    fieldsetOf(element).remove();
    element.append(document.createElement('input'));
    await new Promise((resolve) => setTimeout(resolve));
    const fieldset = fieldsetOf(element);
    expect(fieldset).to.exist;
    expect(fieldset.firstElementChild!.textContent).to.equal('Your address');
  });

  it('warns once when the group has no legend', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const element = await fixture<BfFieldset>(
        html`<bf-fieldset><input aria-label="x" /></bf-fieldset>`,
      );
      await element.updateComplete;
    } finally {
      console.warn = original;
    }
    expect(warnings.join('\n')).to.contain('needs a legend');
  });

  it("is styled inside another component's shadow root too", async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const element = document.createElement('bf-fieldset');
    element.legend = 'Inside a component';
    root.append(element);
    await element.updateComplete;
    const legend = fieldsetOf(element).querySelector('legend')!;
    expect(getComputedStyle(legend).fontWeight).to.equal('700');
    expect(getComputedStyle(fieldsetOf(element)).borderTopStyle).to.equal('none');
  });
});
