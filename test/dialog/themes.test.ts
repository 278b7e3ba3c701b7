import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '@belfry/components/dialog';
import type { BfDialog } from '@belfry/components';
import { contrastRatio } from '../helpers/contrast.js';
import { loadTokenStylesheet, themes } from '../helpers/token-build.js';

// axe leaves the text of an open modal dialog (in the top layer) unchecked for contrast, so the
// colours are measured here, in every theme; the token build checks the same pairs
// (tokens/contrast-pairs.json).
const part = (el: BfDialog, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
const isChromium = !navigator.userAgent.includes('Firefox');

async function openIn(theme: string | null): Promise<BfDialog> {
  const wrapper = await fixture(
    html`<div data-bf-theme=${theme ?? ''}>
      <bf-dialog heading="Uw aanvraag verwijderen?"><p>Uw antwoorden worden gewist.</p></bf-dialog>
    </div>`,
  );
  const el = wrapper.querySelector('bf-dialog')!;
  el.show();
  await el.updateComplete;
  for (const animation of part(el, 'dialog').getAnimations()) animation.finish();
  return el;
}

describe('bf-dialog with the token themes', () => {
  let link: HTMLLinkElement;
  before(async () => {
    link = await loadTokenStylesheet();
  });
  after(() => link.remove());

  for (const theme of themes) {
    it(`${theme}: text at least 4.5:1 and the close button at least 3:1 on the dialog`, async () => {
      const el = await openIn(theme);
      const dialog = getComputedStyle(part(el, 'dialog'));
      expect(contrastRatio(dialog.color, dialog.backgroundColor)).to.be.at.least(4.5);
      const close = getComputedStyle(part(el, 'close'));
      expect(contrastRatio(close.color, dialog.backgroundColor)).to.be.at.least(3);
      el.close();
    });
  }

  it('looks the same before the theme CSS loads (fallbacks equal the federal theme)', async () => {
    const el = await openIn('federal');
    const look = () => {
      const style = getComputedStyle(part(el, 'dialog'));
      return [style.color, style.backgroundColor, style.borderTopColor, style.borderRadius];
    };
    const themed = look();
    link.disabled = true;
    const bare = look();
    link.disabled = false;
    expect(bare).to.deep.equal(themed);
    el.close();
  });

  it('does not slide in when the user asks for reduced motion', async function () {
    // Chromium's DevTools protocol emulates the setting; Firefox has no such switch here.
    if (!isChromium) this.skip();
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await openIn('federal');
      expect(getComputedStyle(part(el, 'dialog')).animationName).to.equal('none');
      el.close();
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('keeps a visible edge in forced colours', async function () {
    // Chromium's DevTools protocol switches forced colours on; Firefox has no such switch.
    if (!isChromium) this.skip();
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
    try {
      const el = await openIn('federal');
      const style = getComputedStyle(part(el, 'dialog'));
      expect(style.borderTopStyle).to.equal('solid');
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
      expect(contrastRatio(style.borderTopColor, style.backgroundColor)).to.be.at.least(3);
      el.close();
    } finally {
      await executeServerCommand('emulate-forced-colors', { value: 'none' });
    }
  });
});
