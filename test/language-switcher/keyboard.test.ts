// Keyboard and focus: this file runs one page at a time (its name ends in keyboard.test.ts), so
// that the page has focus while keys are pressed.
import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/language-switcher';
import type { BfLanguageSwitcher } from '@belfry/components';
import { expectKeyActivation, expectTabOrder, hasFocus } from '../helpers/keyboard.js';
import { settle } from '../helpers/locales.js';

const options = (el: BfLanguageSwitcher) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="option"]'),
];

describe('bf-language-switcher with the keyboard', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('is reachable with Tab: every language once, in order', async () => {
    const el = await fixture<BfLanguageSwitcher>(
      html`<bf-language-switcher lang="nl"></bf-language-switcher>`,
    );
    await expectTabOrder(options(el));
  });

  it('reaches your own links in order', async () => {
    const el = await fixture<BfLanguageSwitcher>(
      html`<bf-language-switcher lang="nl">
        <a href="#nl" hreflang="nl">Nederlands</a>
        <a href="#fr" hreflang="fr">Français</a>
      </bf-language-switcher>`,
    );
    await expectTabOrder([...el.querySelectorAll('a')]);
  });

  for (const key of ['Enter', ' ']) {
    it(`chooses a language with ${key === ' ' ? 'Space' : key} on its button; focus stays on it`, async () => {
      document.documentElement.lang = 'nl-BE';
      const el = await fixture<BfLanguageSwitcher>(
        html`<bf-language-switcher></bf-language-switcher>`,
      );
      const french = options(el)[1]!;
      const event = await expectKeyActivation<CustomEvent>(french, key, {
        on: el,
        event: 'bf-language-change',
      });
      expect(event.detail).to.deep.equal({ lang: 'fr' });
      await settle();
      expect(document.documentElement.lang).to.equal('fr');
      expect(hasFocus(french), 'focus stays on Français').to.equal(true);
      expect(french.getAttribute('aria-current')).to.equal('true');
    });
  }

  it('follows a link with Enter', async () => {
    const el = await fixture<BfLanguageSwitcher>(
      html`<bf-language-switcher lang="nl" href-template="#kb-{lang}"></bf-language-switcher>`,
    );
    await expectKeyActivation(options(el)[3]!, 'Enter', { on: window, event: 'hashchange' });
    expect(location.hash).to.equal('#kb-en');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('shows the focus ring on your own links too', async () => {
    const el = await fixture<BfLanguageSwitcher>(
      html`<bf-language-switcher lang="nl">
        <a href="#nl" hreflang="nl">Nederlands</a>
      </bf-language-switcher>`,
    );
    await expectTabOrder([el.querySelector('a')!]);
    const link = el.querySelector('a')!;
    link.focus();
    // Focus that came from the keyboard before: :focus-visible stays on.
    const style = getComputedStyle(link);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});
