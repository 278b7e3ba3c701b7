import { expect, fixture, html } from '@open-wc/testing';
// The radio's own entry: it registers <bf-radio> alone (its group has an entry of its own).
import '@belfry/components/radio';
import type { BfRadio } from '@belfry/components';

describe('bf-radio on its own entry', () => {
  it('registers bf-radio and gives it a native radio named by its text', async () => {
    expect(customElements.get('bf-radio')).to.exist;
    const radio = await fixture<BfRadio>(html`<bf-radio value="x">Alone</bf-radio>`);
    expect(radio.control!.type).to.equal('radio');
    expect(radio.control!.value).to.equal('x');
    expect(radio.control!.labels![0]!.textContent).to.equal('Alone');
  });

  it('warns once that a radio belongs in a bf-radio-group', async () => {
    const original = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(String(message));
    try {
      await fixture(html`<bf-radio value="y">Also alone</bf-radio>`);
    } finally {
      console.warn = original;
    }
    // Once per page: the first test above may have printed it already.
    expect(warnings.filter((warning) => warning.includes('bf-radio-group')).length).to.be.at.most(
      1,
    );
  });
});
