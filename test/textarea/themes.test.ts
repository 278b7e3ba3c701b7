import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/textarea';
import { computedColor, loadTokenStylesheet, themes, tokenValues } from '../helpers/token-build.js';

describe('bf-textarea with the token themes', () => {
  let link: HTMLLinkElement;
  before(async () => {
    link = await loadTokenStylesheet();
  });
  after(() => link.remove());

  for (const theme of themes) {
    it(`draws its count, over the limit too, from the ${theme} theme's tokens`, async () => {
      const tokens = (await tokenValues())[theme]!;
      const wrapper = await fixture(
        html`<div data-bf-theme=${theme}>
          <bf-textarea label="Vraag" maxlength="10"></bf-textarea>
          <bf-textarea label="Vraag" maxlength="2" value="Gent"></bf-textarea>
        </div>`,
      );
      const [within, over] = Array.from(wrapper.querySelectorAll('bf-textarea'));
      await within!.updateComplete;
      await over!.updateComplete;
      const count = (field: Element) => field.querySelector('[slot="count"]')!;
      expect(getComputedStyle(count(within!)).color).to.equal(
        computedColor(tokens['--bf-textarea-count-fg']!),
      );
      const overStyle = getComputedStyle(count(over!));
      expect(overStyle.color).to.equal(computedColor(tokens['--bf-textarea-count-over-fg']!));
      expect(overStyle.fontWeight).to.equal(String(tokens['--bf-textarea-count-over-font-weight']));
    });
  }

  it('follows its component tokens set on a container', async () => {
    const wrapper = await fixture(
      html`<div style="--bf-textarea-count-fg: rgb(0, 90, 102); --bf-textarea-line-height: 2">
        <bf-textarea label="Vraag" maxlength="10"></bf-textarea>
      </div>`,
    );
    const field = wrapper.querySelector('bf-textarea')!;
    await field.updateComplete;
    expect(getComputedStyle(field.querySelector('[slot="count"]')!).color).to.equal(
      'rgb(0, 90, 102)',
    );
    const control = field.control!;
    expect(parseFloat(getComputedStyle(control).lineHeight)).to.equal(
      2 * parseFloat(getComputedStyle(control).fontSize),
    );
  });
});
