import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import {
  BelfryElement,
  defineStrings,
  findLang,
  formatCurrency,
  formatDate,
  formatNumber,
  LocalizeController,
  registerStrings,
  resolveLocale,
  type Catalogs,
  type PluralMessage,
} from '@belfry/core';
import { settle } from '../helpers/locales.js';

type TestStrings = {
  greeting: string;
  messages: PluralMessage;
  named: string;
  onlyEnglish: string;
  deadline: string;
};
declare global {
  interface BelfryStringsMap {
    'test-localized': TestStrings;
    'test-other': { greeting: string };
  }
}
const catalogs: Catalogs<TestStrings> = {
  nl: {
    greeting: 'Hallo',
    messages: { one: '{count} bericht', other: '{count} berichten' },
    named: 'Dag {name}',
    onlyEnglish: '',
    deadline: 'Uiterlijk in {year}, nog {count} dagen',
  },
  fr: {
    greeting: 'Bonjour',
    messages: { one: '{count} message', other: '{count} messages' },
    named: 'Bonjour {name}',
    onlyEnglish: '',
    deadline: 'Au plus tard en {year}, encore {count} jours',
  },
  de: {
    greeting: 'Hallo',
    messages: { one: '{count} Nachricht', other: '{count} Nachrichten' },
    named: 'Guten Tag {name}',
    onlyEnglish: '',
    deadline: 'Spätestens {year}, noch {count} Tage',
  },
  en: {
    greeting: 'Hello',
    messages: { one: '{count} message', other: '{count} messages' },
    named: 'Hello {name}',
    onlyEnglish: 'English only',
    deadline: 'By {year}, {count} days left',
  },
};
const testStrings = defineStrings('test-localized', catalogs);

class TestLocalized extends BelfryElement {
  readonly t = new LocalizeController(this, testStrings);
  @property({ type: Number }) count = 1;
  renders = 0;
  protected override render() {
    this.renders++;
    return html`<span>${this.t.term('greeting')}</span>`;
  }
}
TestLocalized.define('test-localized');

/** A second component with a key of the same name, to prove text is namespaced per component. */
class TestOther extends BelfryElement {
  readonly t = new LocalizeController(
    this,
    defineStrings('test-other', {
      nl: { greeting: 'Goedendag' },
      fr: { greeting: 'Bonjour' },
      de: { greeting: 'Guten Tag' },
      en: { greeting: 'Good day' },
    }),
  );
  protected override render() {
    return html`<span>${this.t.term('greeting')}</span>`;
  }
}
TestOther.define('test-other');

/** A component that renders another one inside its shadow root, under its own `lang`. */
class TestLocalizedWrapper extends BelfryElement {
  @property({ attribute: 'inner-lang' }) innerLang = '';
  protected override render() {
    return this.innerLang
      ? html`<div lang=${this.innerLang}><test-localized></test-localized></div>`
      : html`<test-localized></test-localized>`;
  }
}
TestLocalizedWrapper.define('test-localized-wrapper');

const text = (el: TestLocalized) => el.shadowRoot!.querySelector('span')!.textContent;

describe('resolveLocale', () => {
  it('maps Belgian and other regional tags to their language', () => {
    expect(resolveLocale('nl-BE')).to.equal('nl');
    expect(resolveLocale('fr-BE')).to.equal('fr');
    expect(resolveLocale('de-BE')).to.equal('de');
    expect(resolveLocale('nl')).to.equal('nl');
    expect(resolveLocale('FR-lu')).to.equal('fr');
    expect(resolveLocale('de_AT')).to.equal('de');
    expect(resolveLocale('en-GB')).to.equal('en');
  });

  it('falls back to English for unknown, empty or malformed tags', () => {
    expect(resolveLocale('es-ES')).to.equal('en');
    expect(resolveLocale('')).to.equal('en');
    expect(resolveLocale(null)).to.equal('en');
    expect(resolveLocale('   ')).to.equal('en');
    expect(resolveLocale('<script>')).to.equal('en');
  });
});

describe('findLang', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('reads <html lang> when nothing closer sets one', async () => {
    document.documentElement.lang = 'fr-BE';
    const el = await fixture(fixtureHtml`<span></span>`);
    expect(findLang(el)).to.equal('fr-BE');
  });

  it('crosses shadow roots to the nearest lang', async () => {
    const outer = await fixture(fixtureHtml`<div lang="de-BE"><div></div></div>`);
    const host = outer.firstElementChild!;
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    expect(findLang(inner)).to.equal('de-BE');
  });
});

describe('LocalizeController', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('uses the language of the nearest lang attribute', async () => {
    const wrapper = await fixture(
      fixtureHtml`<div lang="nl-BE"><test-localized></test-localized></div>`,
    );
    const el = wrapper.querySelector<TestLocalized>('test-localized')!;
    expect(el.t.locale).to.equal('nl');
    expect(text(el)).to.equal('Hallo');
  });

  it('re-renders when <html lang> changes at run time', async () => {
    document.documentElement.lang = 'nl';
    const el = await fixture<TestLocalized>(fixtureHtml`<test-localized></test-localized>`);
    expect(text(el)).to.equal('Hallo');
    document.documentElement.lang = 'fr';
    await settle();
    await el.updateComplete;
    expect(text(el)).to.equal('Bonjour');
  });

  it('re-renders when a lang between the element and <html> changes', async () => {
    const wrapper = await fixture(
      fixtureHtml`<section lang="fr"><div><test-localized></test-localized></div></section>`,
    );
    const el = wrapper.querySelector<TestLocalized>('test-localized')!;
    expect(text(el)).to.equal('Bonjour');
    wrapper.setAttribute('lang', 'en');
    await settle();
    await el.updateComplete;
    expect(text(el)).to.equal('Hello');
    wrapper.removeAttribute('lang');
    document.documentElement.lang = 'de-BE';
    await settle();
    await el.updateComplete;
    expect(el.t.locale).to.equal('de');
  });

  it('follows a lang set inside another component’s shadow root, and its changes', async () => {
    const wrapper = await fixture<TestLocalizedWrapper>(
      fixtureHtml`<test-localized-wrapper inner-lang="fr-BE"></test-localized-wrapper>`,
    );
    const inner = wrapper.shadowRoot!.querySelector<TestLocalized>('test-localized')!;
    await inner.updateComplete;
    expect(text(inner)).to.equal('Bonjour');
    wrapper.shadowRoot!.querySelector('div')!.setAttribute('lang', 'nl-BE');
    await settle();
    await inner.updateComplete;
    expect(text(inner)).to.equal('Hallo');
  });

  it('does not re-render elements whose language did not change', async () => {
    const wrapper = await fixture(
      fixtureHtml`<div lang="fr"><test-localized></test-localized><p lang="nl"></p></div>`,
    );
    const el = wrapper.querySelector<TestLocalized>('test-localized')!;
    const before = el.renders;
    wrapper.querySelector('p')!.setAttribute('lang', 'de');
    await settle();
    expect(el.renders).to.equal(before);
  });

  it('picks the plural form with Intl.PluralRules and fills placeholders', async () => {
    const wrapper = await fixture(
      fixtureHtml`<div lang="fr-BE"><test-localized></test-localized></div>`,
    );
    const el = wrapper.querySelector<TestLocalized>('test-localized')!;
    expect(el.t.term('messages', { count: 1 })).to.equal('1 message');
    // French treats 0 as singular; English does not.
    expect(el.t.term('messages', { count: 0 })).to.equal('0 message');
    expect(el.t.term('messages', { count: 1500 })).to.equal(
      `${new Intl.NumberFormat('fr-BE').format(1500)} messages`,
    );
    expect(el.t.term('named', { name: 'Els' })).to.equal('Bonjour Els');
    wrapper.setAttribute('lang', 'en');
    await settle();
    expect(el.t.term('messages', { count: 0 })).to.equal('0 messages');
  });

  it('leaves unknown placeholders visible rather than showing "undefined"', async () => {
    const el = await fixture<TestLocalized>(fixtureHtml`<test-localized></test-localized>`);
    expect(el.t.term('named')).to.equal('Hello {name}');
    expect(el.t.term('named', {})).to.equal('Hello {name}');
  });

  it('falls back to English for an empty translation, and to the key when there is none', async () => {
    const el = await fixture<TestLocalized>(
      fixtureHtml`<test-localized lang="nl"></test-localized>`,
    );
    expect(el.t.locale).to.equal('nl');
    expect(el.t.term('onlyEnglish')).to.equal('English only');
    expect(el.t.term('missing' as never)).to.equal('missing');
  });

  it('formats dates, numbers and euros the Belgian way', async () => {
    const wrapper = await fixture(
      fixtureHtml`<div lang="nl-BE"><test-localized></test-localized></div>`,
    );
    const el = wrapper.querySelector<TestLocalized>('test-localized')!;
    const date = new Date(2026, 2, 5);
    expect(formatDate(el.t, date, { dateStyle: 'short' })).to.equal(
      new Intl.DateTimeFormat('nl-BE', { dateStyle: 'short' }).format(date),
    );
    expect(formatDate(el.t, date)).to.contain('maart');
    expect(formatNumber(el.t, 1234.5)).to.equal(new Intl.NumberFormat('nl-BE').format(1234.5));
    expect(formatCurrency(el.t, 12.5)).to.equal(
      new Intl.NumberFormat('nl-BE', { style: 'currency', currency: 'EUR' }).format(12.5),
    );
    wrapper.setAttribute('lang', 'fr-BE');
    await settle();
    expect(el.t.intlLocale).to.equal('fr-BE');
    expect(formatDate(el.t, date)).to.contain('mars');
    wrapper.setAttribute('lang', 'de-BE');
    await settle();
    expect(formatDate(el.t, date)).to.contain('März');
  });

  it('returns an empty string, not "Invalid Date" or NaN, for bad input', async () => {
    const el = await fixture<TestLocalized>(fixtureHtml`<test-localized></test-localized>`);
    expect(formatDate(el.t, 'not a date')).to.equal('');
    expect(formatNumber(el.t, Number.NaN)).to.equal('');
    expect(formatNumber(el.t, '12' as unknown as number)).to.equal('');
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      expect(formatCurrency(el.t, 12.5, 'not a currency')).to.equal('12.5');
      expect(
        formatDate(el.t, new Date(Date.UTC(2026, 2, 5, 12)), { dateStyle: 'nonsense' as 'long' }),
      ).to.equal('2026-03-05');
    } finally {
      console.warn = warn;
    }
  });

  it('lets a page author override text per instance, for all or for one language', async () => {
    const wrapper = await fixture(
      fixtureHtml`<div lang="nl"><test-localized></test-localized></div>`,
    );
    const el = wrapper.querySelector<TestLocalized>('test-localized')!;
    el.strings = { greeting: 'Goeiedag' };
    await el.updateComplete;
    expect(text(el)).to.equal('Goeiedag');
    el.strings = { fr: { greeting: 'Salut' } };
    await el.updateComplete;
    expect(text(el)).to.equal('Hallo');
    wrapper.setAttribute('lang', 'fr');
    await settle();
    await el.updateComplete;
    expect(text(el)).to.equal('Salut');
  });

  it('reads overrides from a JSON attribute and ignores invalid JSON without throwing', async () => {
    const el = await fixture<TestLocalized>(
      fixtureHtml`<test-localized strings='{"greeting":"Hoi"}'></test-localized>`,
    );
    expect(text(el)).to.equal('Hoi');
    el.setAttribute('strings', '{not json');
    await el.updateComplete;
    expect(text(el)).to.equal('Hello');
    el.setAttribute('strings', '{"greeting": 42}');
    await el.updateComplete;
    expect(text(el)).to.equal('Hello');
  });

  it('applies text registered page-wide and re-renders elements already on the page', async () => {
    const wrapper = await fixture(
      fixtureHtml`<div lang="de"><test-localized></test-localized></div>`,
    );
    const el = wrapper.querySelector<TestLocalized>('test-localized')!;
    expect(text(el)).to.equal('Hallo');
    registerStrings('de', { 'test-localized': { greeting: 'Grüß Gott' } });
    await el.updateComplete;
    expect(text(el)).to.equal('Grüß Gott');
    registerStrings('de', { 'test-localized': { greeting: 'Hallo' } });
  });

  it('keeps page-wide text to the component it was registered for', async () => {
    const wrapper = await fixture(
      fixtureHtml`<div lang="fr"><test-localized></test-localized><test-other></test-other></div>`,
    );
    const el = wrapper.querySelector<TestLocalized>('test-localized')!;
    const other = wrapper.querySelector<TestOther>('test-other')!;
    registerStrings('fr', { 'test-other': { greeting: 'Salut' } });
    await el.updateComplete;
    await other.updateComplete;
    try {
      expect(other.shadowRoot!.querySelector('span')!.textContent).to.equal('Salut');
      expect(text(el)).to.equal('Bonjour');
    } finally {
      registerStrings('fr', { 'test-other': { greeting: 'Bonjour' } });
    }
  });

  it('ignores registered text for a language Belfry does not have, without throwing', async () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      registerStrings('es' as 'nl', { 'test-localized': { greeting: 'Hola' } });
      registerStrings('nl', null as never);
      // The form without a tag is not applied, and says so.
      registerStrings('nl', { greeting: 'Hoi' } as never);
    } finally {
      console.warn = warn;
    }
    const el = await fixture<TestLocalized>(
      fixtureHtml`<test-localized lang="nl"></test-localized>`,
    );
    expect(text(el)).to.equal('Hallo');
    expect(warnings).to.have.length(3);
    expect(String(warnings[2])).to.contain("'bf-button'");
  });

  it('formats only counts as numbers: a year stays a year', async () => {
    const el = await fixture<TestLocalized>(
      fixtureHtml`<test-localized lang="nl-BE"></test-localized>`,
    );
    expect(el.t.term('deadline', { year: 2026, count: 1250 })).to.equal(
      `Uiterlijk in 2026, nog ${new Intl.NumberFormat('nl-BE').format(1250)} dagen`,
    );
    el.setAttribute('lang', 'de-BE');
    await settle();
    expect(el.t.term('deadline', { year: 2026, count: 3 })).to.equal(
      'Spätestens 2026, noch 3 Tage',
    );
  });

  it('tells the language of built-in text when the page is in another language', async () => {
    const wrapper = await fixture(
      fixtureHtml`<div lang="es"><test-localized></test-localized></div>`,
    );
    const el = wrapper.querySelector<TestLocalized>('test-localized')!;
    expect(el.t.textLang).to.equal('en');
    wrapper.setAttribute('lang', 'nl-BE');
    await settle();
    expect(el.t.textLang).to.equal(undefined);
  });
});
