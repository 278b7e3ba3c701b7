import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '@belfry/components/ebox-list';
import type { BfEboxList } from '@belfry/components';
import { contrastRatio } from '../helpers/contrast.js';
import { loadTokenStylesheet, themes } from '../helpers/token-build.js';
import { inbox, inboxNow, rows } from './helpers.js';

// axe in every theme is in axe.test.ts; these check what it cannot: the unread tint and the
// urgent expiry in each theme, the look without the token CSS, and forced colours.
const isChromium = !navigator.userAgent.includes('Firefox');

async function list(theme = 'federal'): Promise<BfEboxList> {
  const wrapper = await fixture(
    html`<div data-bf-theme=${theme} lang="en" style="background: var(--bf-color-surface)">
      <bf-ebox-list .now=${inboxNow} .messages=${inbox}></bf-ebox-list>
    </div>`,
  );
  const element = wrapper.querySelector('bf-ebox-list')!;
  await element.updateComplete;
  return element;
}

describe('bf-ebox-list with the token themes', () => {
  let link: HTMLLinkElement;
  before(async () => {
    link = await loadTokenStylesheet();
  });
  after(() => link.remove());

  for (const theme of themes) {
    it(`${theme}: unread subject, urgent expiry and the bar between messages hold their contrast`, async () => {
      const el = await list(theme);
      const unread = rows(el)[0]!;
      const tint = getComputedStyle(unread).backgroundColor;
      const subject = unread.querySelector('[part="subject"]')!;
      const urgent = unread.querySelector('.urgent')!;
      expect(contrastRatio(getComputedStyle(subject).color, tint)).to.be.at.least(4.5);
      expect(contrastRatio(getComputedStyle(urgent).color, tint)).to.be.at.least(4.5);
      expect(contrastRatio(getComputedStyle(unread).borderInlineStartColor, tint)).to.be.at.least(
        3,
      );
      const surface = getComputedStyle(el.parentElement!).backgroundColor;
      expect(
        contrastRatio(getComputedStyle(rows(el)[2]!).borderBottomColor, surface),
      ).to.be.at.least(3);
    });
  }

  it('looks the same before the theme CSS loads (fallbacks equal the federal theme)', async () => {
    const el = await list();
    const look = () =>
      rows(el)
        .slice(0, 3)
        .flatMap((row) => {
          const style = getComputedStyle(row);
          const subject = getComputedStyle(row.querySelector('[part="subject"]')!);
          return [
            style.backgroundColor,
            style.borderInlineStartColor,
            subject.color,
            subject.fontSize,
          ];
        });
    const themed = look();
    link.disabled = true;
    const bare = look();
    link.disabled = false;
    expect(bare).to.deep.equal(themed);
  });

  it('keeps the unread bar and the subjects’ link colour in forced colours', async function () {
    if (!isChromium) this.skip();
    const el = await list();
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
    try {
      const unread = rows(el)[0]!;
      const read = rows(el)[2]!;
      const bar = parseFloat(getComputedStyle(unread).borderInlineStartWidth);
      expect(bar, 'the unread bar stays').to.be.at.least(3);
      expect(parseFloat(getComputedStyle(read).borderInlineStartWidth)).to.equal(0);
      const reference = document.createElement('a');
      reference.href = '#';
      document.body.append(reference);
      const linkText = getComputedStyle(reference).color;
      reference.remove();
      expect(getComputedStyle(unread.querySelector('[part="subject"]')!).color).to.equal(linkText);
    } finally {
      await executeServerCommand('emulate-forced-colors', { value: 'none' });
    }
  });
});
