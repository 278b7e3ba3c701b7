import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/select';
import type { BfSelect } from '@belfry/components';
import { computedColor, loadTokenStylesheet, themes, tokenValues } from '../helpers/token-build.js';

const arrowOf = (field: BfSelect) => field.shadowRoot!.querySelector('[part="arrow"]')!;
const boxOf = (field: BfSelect) => field.shadowRoot!.querySelector('[part="box"]')!;

describe('bf-select with the token themes', () => {
  let link: HTMLLinkElement;
  before(async () => {
    link = await loadTokenStylesheet();
  });
  after(() => link.remove());

  for (const theme of themes) {
    it(`draws its arrow, border and text from the ${theme} theme's tokens`, async () => {
      const tokens = (await tokenValues())[theme]!;
      const wrapper = await fixture(
        html`<div data-bf-theme=${theme}>
          <bf-select label="Provincie"><option value="VAN">Antwerpen</option></bf-select>
        </div>`,
      );
      const field = wrapper.querySelector('bf-select')!;
      await field.updateComplete;
      expect(getComputedStyle(arrowOf(field)).borderInlineEndColor).to.equal(
        computedColor(tokens['--bf-select-arrow-fg']!),
      );
      expect(getComputedStyle(boxOf(field)).borderTopColor).to.equal(
        computedColor(tokens['--bf-field-border']!),
      );
      expect(getComputedStyle(field.control!).color).to.equal(
        computedColor(tokens['--bf-field-fg']!),
      );
    });
  }

  it('follows its component token set on a container', async () => {
    const wrapper = await fixture(
      html`<div style="--bf-select-arrow-fg: rgb(0, 90, 102)">
        <bf-select label="Provincie"><option value="VAN">Antwerpen</option></bf-select>
      </div>`,
    );
    const field = wrapper.querySelector('bf-select')!;
    await field.updateComplete;
    expect(getComputedStyle(arrowOf(field)).borderInlineEndColor).to.equal('rgb(0, 90, 102)');
  });
});
