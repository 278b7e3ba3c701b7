import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '@belfry/components/spinner';
import { BfSpinner, spinnerSizes } from '@belfry/components';
import { forEachLocale } from '../helpers/locales.js';
import { axeMatrix } from '../helpers/matrix.js';
import { afterAnnouncerPause, announced, clearAnnouncements } from '../alert/announcements.js';

const part = (el: BfSpinner, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
const isChromium = !navigator.userAgent.includes('Firefox');

describe('bf-spinner', () => {
  beforeEach(async () => {
    document.documentElement.lang = 'en';
    await afterAnnouncerPause();
    clearAnnouncements();
  });
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('says "Loading" in the page’s language, once, politely, when it appears', async () => {
    const expected = {
      nl: 'Bezig met laden',
      fr: 'Chargement en cours',
      de: 'Wird geladen',
      en: 'Loading',
    };
    await forEachLocale(async (locale) => {
      await afterAnnouncerPause();
      clearAnnouncements();
      const el = await fixture<BfSpinner>(html`<bf-spinner></bf-spinner>`);
      await waitUntil(() => announced('polite') !== '', locale);
      expect(announced('polite'), locale).to.equal(expected[locale]);
      expect(part(el, 'label').textContent!.trim(), locale).to.equal(expected[locale]);
    });
  });

  it('is not announced again when it re-renders or the language changes', async () => {
    const el = await fixture<BfSpinner>(html`<bf-spinner></bf-spinner>`);
    await waitUntil(() => announced('polite') !== '');
    clearAnnouncements();
    el.label = 'Loading your documents';
    el.size = 'large';
    document.documentElement.lang = 'fr-BE';
    await el.updateComplete;
    await afterAnnouncerPause();
    expect(announced('polite')).to.equal('');
  });

  it('is announced again when shown after being hidden', async () => {
    const el = await fixture<BfSpinner>(html`<bf-spinner hidden></bf-spinner>`);
    await afterAnnouncerPause();
    expect(announced('polite')).to.equal('');
    el.hidden = false;
    await waitUntil(() => announced('polite') === 'Loading');
  });

  it('says its own text instead, shown next to the ring', async () => {
    const el = await fixture<BfSpinner>(html`<bf-spinner>Looking up your address</bf-spinner>`);
    await waitUntil(() => announced('polite') !== '');
    expect(announced('polite')).to.equal('Looking up your address');
    await el.updateComplete;
    expect(part(el, 'label').hidden, 'the built-in label gives way').to.equal(true);
  });

  it('says label when given', async () => {
    await fixture(html`<bf-spinner label="Loading your documents"></bf-spinner>`);
    await waitUntil(() => announced('polite') !== '');
    expect(announced('polite')).to.equal('Loading your documents');
  });

  it('has no live region of its own and hides the ring from screen readers', async () => {
    const el = await fixture<BfSpinner>(html`<bf-spinner></bf-spinner>`);
    expect(el.shadowRoot!.querySelector('[aria-live], [role="status"], [role="alert"]')).to.equal(
      null,
    );
    expect(part(el, 'ring').getAttribute('aria-hidden')).to.equal('true');
  });

  it('does not announce a spinner that was in the page when its script ran', async () => {
    class StaticSpinner extends BfSpinner {}
    const wrapper = await fixture<HTMLElement>(
      html`<div><static-test-spinner></static-test-spinner></div>`,
    );
    StaticSpinner.define('static-test-spinner');
    await (wrapper.firstElementChild as BfSpinner).updateComplete;
    await afterAnnouncerPause();
    expect(announced('polite')).to.equal('');
  });

  it('grows with its size and warns about an unknown one', async () => {
    const sizes = [];
    for (const size of spinnerSizes) {
      const el = await fixture<BfSpinner>(html`<bf-spinner size=${size}></bf-spinner>`);
      sizes.push(part(el, 'ring').getBoundingClientRect().width);
    }
    expect(sizes[0]).to.be.lessThan(sizes[1]!);
    expect(sizes[1]).to.be.lessThan(sizes[2]!);
    const original = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await fixture<BfSpinner>(html`<bf-spinner size="huge"></bf-spinner>`);
      expect(part(el, 'ring').getBoundingClientRect().width).to.equal(sizes[1]);
    } finally {
      console.warn = original;
    }
    expect(warnings.join('\n')).to.match(/size="huge" is unknown/);
  });

  describe('with reduced motion', () => {
    before(function () {
      // Media emulation goes through the Chrome DevTools Protocol.
      if (!isChromium) this.skip();
    });
    afterEach(async () => {
      if (isChromium) await emulateMedia({ reducedMotion: 'no-preference' });
    });

    it('turns by default, and stands still with "Loading" shown under reduced motion', async () => {
      const el = await fixture<BfSpinner>(html`<bf-spinner></bf-spinner>`);
      expect(getComputedStyle(part(el, 'ring')).animationName).to.equal('spin');
      expect(part(el, 'label').getBoundingClientRect().width).to.be.at.most(1);
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(part(el, 'ring')).animationName).to.equal('none');
      expect(part(el, 'label').getBoundingClientRect().width).to.be.greaterThan(20);
    });
  });
});

axeMatrix<{ size: string; text: boolean }>({
  tag: 'bf-spinner',
  variants: { default: {}, small: { size: 'small' }, large: { size: 'large' } },
  states: { default: {}, 'with text': { text: true } },
  locales: true,
  render: ({ size, text }) =>
    html`<bf-spinner size=${size ?? 'medium'}
      >${text ? 'Looking up your address' : ''}</bf-spinner
    >`,
});
