// A form inside a component's shadow root (the help widget's call-back form): `invalid`, `submit`
// and `reset` do not cross the shadow boundary, so core's watchForm watches that root too.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '@belfry/components/button';
import '@belfry/components/error-summary';
import type { BfErrorSummary } from '@belfry/components';
import '../core/form-control-field.js';

describe('bf-error-summary and watchForm in a shadow root', () => {
  it('lists the errors of a form inside a shadow root and takes focus, without a bubble', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    // Rendered as a component renders: the template is cloned into a fragment, where the form's
    // elements first meet their form, before the fragment is put in the shadow root.
    render(
      html`<form>
        <bf-error-summary></bf-error-summary>
        <test-field label="Naam" name="name" required></test-field>
        <bf-button type="submit">Verzenden</bf-button>
      </form>`,
      root,
    );
    const summary = root.querySelector<BfErrorSummary>('bf-error-summary')!;
    const field = root.querySelector('test-field') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await field.updateComplete;
    await summary.updateComplete;
    const invalid: boolean[] = [];
    const control = field.querySelector('input')!;
    control.addEventListener('invalid', (event) =>
      setTimeout(() => invalid.push(event.defaultPrevented)),
    );
    root.querySelector('bf-button')!.click();
    await new Promise((resolve) => setTimeout(resolve));
    await new Promise((resolve) => setTimeout(resolve));
    await summary.updateComplete;
    const links = [...summary.shadowRoot!.querySelectorAll('[part="link"]')];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([`#${control.id}`]);
    expect(root.activeElement).to.equal(summary);
    // The summary says it: the browser's own bubble is kept away.
    expect(invalid).to.deep.equal([true]);
  });
});
