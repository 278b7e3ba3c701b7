import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/language-switcher';
import { languageName, type BfLanguageSwitcher } from '@belfry/components';
import { settle } from '../helpers/locales.js';
import { warningsDuring } from '../helpers/warnings.js';

const nav = (el: BfLanguageSwitcher) => el.shadowRoot!.querySelector<HTMLElement>('nav')!;
const options = (el: BfLanguageSwitcher) => [
  ...el.shadowRoot!.querySelectorAll<HTMLAnchorElement | HTMLButtonElement>('[part="option"]'),
];
const names = (el: BfLanguageSwitcher) =>
  options(el).map((option) => option.querySelector('.name')!.textContent);

describe('bf-language-switcher', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('with no attributes: nl, fr, de, en, each named in itself and in its own lang', async () => {
    const el = await fixture<BfLanguageSwitcher>(
      html`<div lang="nl-BE"><bf-language-switcher></bf-language-switcher></div>`,
    ).then((wrapper) => wrapper.querySelector('bf-language-switcher')!);
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Nederlands', 'Français', 'Deutsch', 'English']);
    expect(options(el).map((option) => option.lang)).to.deep.equal(['nl', 'fr', 'de', 'en']);
    expect(options(el).every((option) => option.localName === 'button')).to.equal(true);
  });

  it('names its landmark in the page language, and follows it', async () => {
    const wrapper = await fixture(
      html`<div lang="fr-BE"><bf-language-switcher></bf-language-switcher></div>`,
    );
    const el = wrapper.querySelector('bf-language-switcher')!;
    await el.updateComplete;
    expect(nav(el).getAttribute('aria-label')).to.equal('Choisir une langue');
    for (const [lang, label] of [
      ['nl', 'Kies een taal'],
      ['de-BE', 'Sprache wählen'],
      ['en', 'Choose a language'],
    ] as const) {
      wrapper.setAttribute('lang', lang);
      await settle();
      expect(nav(el).getAttribute('aria-label')).to.equal(label);
    }
  });

  it('marks the language of the page as current, and only it', async () => {
    const wrapper = await fixture(
      html`<div lang="de-BE"><bf-language-switcher></bf-language-switcher></div>`,
    );
    const el = wrapper.querySelector('bf-language-switcher')!;
    await el.updateComplete;
    expect(options(el).map((option) => option.getAttribute('aria-current'))).to.deep.equal([
      null,
      null,
      'true',
      null,
    ]);
    wrapper.setAttribute('lang', 'fr');
    await settle();
    expect(options(el)[1]!.getAttribute('aria-current')).to.equal('true');
    expect(options(el)[2]!.hasAttribute('aria-current')).to.equal(false);
  });

  it('takes the current language from `current` over the page language', async () => {
    const el = await fixture<BfLanguageSwitcher>(
      html`<bf-language-switcher lang="en" current="nl"></bf-language-switcher>`,
    );
    expect(options(el)[0]!.getAttribute('aria-current')).to.equal('true');
    expect(nav(el).getAttribute('aria-label')).to.equal('Choose a language');
  });

  it('offers the languages asked for, in that order, without duplicates', async () => {
    const el = await fixture<BfLanguageSwitcher>(
      html`<bf-language-switcher languages="de nl fr nl" lang="nl"></bf-language-switcher>`,
    );
    expect(names(el)).to.deep.equal(['Deutsch', 'Nederlands', 'Français']);
  });

  it('names other languages in themselves, capitalised, and none it cannot name so', () => {
    expect(languageName('es')).to.equal('Español');
    expect(languageName('nl-BE')).to.equal('Nederlands');
    expect(languageName('it')).to.equal('Italiano');
    expect(languageName('not a tag')).to.equal(undefined);
    // A language the browser has no data for would be named in another language: no name.
    expect(languageName('x-private')).to.equal(undefined);
  });

  it('leaves out a tag that is not a language, with a warning, and never shows nothing', async () => {
    let el!: BfLanguageSwitcher;
    const warnings = await warningsDuring(async () => {
      el = await fixture<BfLanguageSwitcher>(
        html`<bf-language-switcher languages="nl @@ fr" lang="nl"></bf-language-switcher>`,
      );
    });
    expect(names(el)).to.deep.equal(['Nederlands', 'Français']);
    expect(warnings.join('\n')).to.contain('"@@" is not a known language tag');
    const warnings2 = await warningsDuring(async () => {
      el = await fixture<BfLanguageSwitcher>(
        html`<bf-language-switcher languages="?? !!" lang="nl"></bf-language-switcher>`,
      );
    });
    expect(names(el)).to.deep.equal(['Nederlands', 'Français', 'Deutsch', 'English']);
    expect(warnings2.join('\n')).to.contain('names no language');
  });

  it('makes links from href-template, each with hreflang and lang', async () => {
    const el = await fixture<BfLanguageSwitcher>(
      html`<bf-language-switcher lang="nl" href-template="/{lang}/contact"></bf-language-switcher>`,
    );
    const links = options(el) as HTMLAnchorElement[];
    expect(links.map((link) => link.localName)).to.deep.equal(['a', 'a', 'a', 'a']);
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
      '/nl/contact',
      '/fr/contact',
      '/de/contact',
      '/en/contact',
    ]);
    expect(links.map((link) => link.hreflang)).to.deep.equal(['nl', 'fr', 'de', 'en']);
    expect(links[0]!.getAttribute('aria-current')).to.equal('true');
  });

  it('refuses an unsafe or a fixed href-template: buttons, and a warning', async () => {
    for (const template of ['javascript:alert(1)//{lang}', '/contact']) {
      let el!: BfLanguageSwitcher;
      const warnings = await warningsDuring(async () => {
        el = await fixture<BfLanguageSwitcher>(
          html`<bf-language-switcher href-template=${template}></bf-language-switcher>`,
        );
      });
      expect(options(el).map((option) => option.localName)).to.deep.equal([
        'button',
        'button',
        'button',
        'button',
      ]);
      expect(warnings.join('\n')).to.contain('href-template');
    }
  });

  it('warns when `current` is none of the languages, and marks none', async () => {
    let el!: BfLanguageSwitcher;
    const warnings = await warningsDuring(async () => {
      el = await fixture<BfLanguageSwitcher>(
        html`<bf-language-switcher current="it"></bf-language-switcher>`,
      );
    });
    expect(options(el).filter((option) => option.hasAttribute('aria-current'))).to.deep.equal([]);
    expect(warnings.join('\n')).to.contain('current="it"');
  });

  it('shows options even with white space between its tags', async () => {
    const wrapper = await fixture(
      html`<div lang="nl"><bf-language-switcher> </bf-language-switcher></div>`,
    );
    const el = wrapper.querySelector('bf-language-switcher')!;
    await el.updateComplete;
    expect(options(el)[0]!.getBoundingClientRect().height).to.be.at.least(44);
  });

  describe('with buttons (no href-template)', () => {
    it('fires bf-language-change and sets lang on the document element', async () => {
      document.documentElement.lang = 'nl-BE';
      const el = await fixture<BfLanguageSwitcher>(
        html`<bf-language-switcher></bf-language-switcher>`,
      );
      let detail: unknown;
      el.addEventListener('bf-language-change', (event) => (detail = event.detail));
      (options(el)[1] as HTMLButtonElement).click();
      expect(detail).to.deep.equal({ lang: 'fr' });
      expect(document.documentElement.lang).to.equal('fr');
      await settle();
      expect(options(el)[1]!.getAttribute('aria-current')).to.equal('true');
      expect(nav(el).getAttribute('aria-label')).to.equal('Choisir une langue');
    });

    it('leaves the page language alone when the app cancels the event', async () => {
      document.documentElement.lang = 'nl-BE';
      const el = await fixture<BfLanguageSwitcher>(
        html`<bf-language-switcher></bf-language-switcher>`,
      );
      el.addEventListener('bf-language-change', (event) => event.preventDefault());
      (options(el)[2] as HTMLButtonElement).click();
      expect(document.documentElement.lang).to.equal('nl-BE');
    });

    it('follows its own `current` when the language changes', async () => {
      const el = await fixture<BfLanguageSwitcher>(
        html`<bf-language-switcher current="nl"></bf-language-switcher>`,
      );
      (options(el)[3] as HTMLButtonElement).click();
      await el.updateComplete;
      expect(el.current).to.equal('en');
      expect(options(el)[3]!.getAttribute('aria-current')).to.equal('true');
    });

    it('does nothing for the current language', async () => {
      const el = await fixture<BfLanguageSwitcher>(
        html`<bf-language-switcher current="nl"></bf-language-switcher>`,
      );
      let fired = false;
      el.addEventListener('bf-language-change', () => (fired = true));
      (options(el)[0] as HTMLButtonElement).click();
      expect(fired).to.equal(false);
    });
  });

  describe('with links', () => {
    it('fires a cancelable bf-language-change; cancelling keeps the browser on the page', async () => {
      const el = await fixture<BfLanguageSwitcher>(
        html`<bf-language-switcher lang="nl" href-template="#lang-{lang}"></bf-language-switcher>`,
      );
      let detail: unknown;
      el.addEventListener('bf-language-change', (event) => {
        detail = event.detail;
        event.preventDefault();
      });
      const before = location.hash;
      (options(el)[1] as HTMLAnchorElement).click();
      expect(detail).to.deep.equal({ lang: 'fr', href: '#lang-fr' });
      expect(location.hash).to.equal(before);
    });

    it('lets the browser follow the link when nobody cancels', async () => {
      const el = await fixture<BfLanguageSwitcher>(
        html`<bf-language-switcher lang="nl" href-template="#lang-{lang}"></bf-language-switcher>`,
      );
      const followed = new Promise((resolve) =>
        window.addEventListener('hashchange', resolve, { once: true }),
      );
      (options(el)[2] as HTMLAnchorElement).click();
      await followed;
      expect(location.hash).to.equal('#lang-de');
      history.replaceState(null, '', location.pathname + location.search);
    });
  });

  describe('with your own links', () => {
    it('keeps them in light DOM, adds lang where missing and marks the current one', async () => {
      const wrapper = await fixture(
        html`<div lang="fr-BE">
          <bf-language-switcher>
            <a href="/nl/contact" hreflang="nl">Nederlands</a>
            <a href="/fr/contact" hreflang="fr" lang="fr">Français</a>
            <a href="/de/contact" hreflang="de">Deutsch</a>
          </bf-language-switcher>
        </div>`,
      );
      const el = wrapper.querySelector('bf-language-switcher')!;
      await el.updateComplete;
      const links = [...el.querySelectorAll('a')];
      expect(links.map((link) => link.lang)).to.deep.equal(['nl', 'fr', 'de']);
      expect(links.map((link) => link.getAttribute('aria-current'))).to.deep.equal([
        null,
        'true',
        null,
      ]);
      // The options the switcher would make are not shown: the links take their place.
      const slot = el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements()).to.deep.equal(links);
      expect(options(el)[0]!.getBoundingClientRect().height).to.equal(0);
      expect(links[0]!.getBoundingClientRect().height).to.be.at.least(44);
      wrapper.setAttribute('lang', 'nl');
      await settle();
      expect(links.map((link) => link.getAttribute('aria-current'))).to.deep.equal([
        'true',
        null,
        null,
      ]);
    });

    it('fires a cancelable bf-language-change for them too', async () => {
      const el = await fixture<BfLanguageSwitcher>(
        html`<bf-language-switcher current="nl">
          <a href="#nl" hreflang="nl">Nederlands</a>
          <a href="#fr" hreflang="fr">Français</a>
        </bf-language-switcher>`,
      );
      let detail: unknown;
      el.addEventListener('bf-language-change', (event) => {
        detail = event.detail;
        event.preventDefault();
      });
      const before = location.hash;
      el.querySelectorAll('a')[1]!.click();
      expect(detail).to.deep.equal({ lang: 'fr', href: '#fr' });
      expect(location.hash).to.equal(before);
    });

    it('adopts links added later', async () => {
      const el = await fixture<BfLanguageSwitcher>(
        html`<bf-language-switcher current="de"></bf-language-switcher>`,
      );
      el.innerHTML =
        '<a href="/nl/" hreflang="nl">Nederlands</a><a href="/de/" hreflang="de">Deutsch</a>';
      await settle();
      const links = [...el.querySelectorAll('a')];
      expect(links.map((link) => link.getAttribute('aria-current'))).to.deep.equal([null, 'true']);
      expect(links[0]!.lang).to.equal('nl');
    });
  });
});
