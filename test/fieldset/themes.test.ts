import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '@belfry/components/fieldset';
import type { BfFieldset } from '@belfry/components';
import { loadTokenStylesheet } from '../helpers/token-build.js';

const parts = (element: BfFieldset) => {
  const fieldset = element.querySelector(':scope > fieldset')!;
  return {
    legend: getComputedStyle(fieldset.querySelector('legend')!),
    hint: getComputedStyle(fieldset.querySelector('[data-bf-hint]')!),
  };
};

describe('<bf-fieldset> colours and tokens', () => {
  let tokenCss: HTMLLinkElement;
  before(async () => {
    tokenCss = await loadTokenStylesheet();
  });
  after(() => tokenCss.remove());

  async function draw(theme: string, style = '') {
    const wrapper = await fixture(
      html`<div data-bf-theme=${theme} style=${style}>
        <bf-fieldset legend="Address" hint="Where you live now."></bf-fieldset>
      </div>`,
    );
    const element = wrapper.querySelector('bf-fieldset')!;
    await element.updateComplete;
    return parts(element);
  }

  it('takes the legend and hint colours of the theme', async () => {
    const federal = await draw('federal');
    const dark = await draw('dark');
    expect(federal.legend.color).to.equal('rgb(26, 29, 33)');
    expect(federal.hint.color).to.equal('rgb(84, 93, 104)');
    expect(dark.legend.color).to.equal('rgb(245, 246, 247)');
    expect(dark.hint.color).to.not.equal(federal.hint.color);
  });

  it('follows its component tokens', async () => {
    const styled = await draw(
      'federal',
      '--bf-fieldset-legend-font-size: 2rem; --bf-fieldset-hint-fg: rgb(0, 0, 0)',
    );
    expect(styled.legend.fontSize).to.equal('32px');
    expect(styled.hint.color).to.equal('rgb(0, 0, 0)');
  });

  it('uses system colours in forced-colours mode', async function () {
    if (navigator.userAgent.includes('Firefox')) this.skip(); // emulation is Chromium's
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
    try {
      const { legend } = await draw('federal');
      const canvasText = getComputedStyle(document.body).color;
      expect(legend.color).to.equal(canvasText);
    } finally {
      await executeServerCommand('emulate-forced-colors', { value: 'none' });
    }
  });
});
