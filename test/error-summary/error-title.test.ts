import { expect } from '@open-wc/testing';
import { registerStrings, setErrorTitle } from '@belfry/components';
import { forEachLocale } from '../helpers/locales.js';

describe('setErrorTitle', () => {
  let original: string;
  let lang: string;
  beforeEach(() => {
    original = document.title;
    lang = document.documentElement.lang;
    document.title = 'Adreswijziging – Belgium.be';
  });
  afterEach(() => {
    document.title = original;
    document.documentElement.lang = lang;
  });

  it('puts "Error: " before the title in the language of the page, and takes it away again', async () => {
    const expected = {
      nl: 'Fout: Adreswijziging – Belgium.be',
      fr: 'Erreur\u00a0: Adreswijziging – Belgium.be',
      de: 'Fehler: Adreswijziging – Belgium.be',
      en: 'Error: Adreswijziging – Belgium.be',
    };
    await forEachLocale(async (locale) => {
      setErrorTitle(true);
      expect(document.title, locale).to.equal(expected[locale]);
      setErrorTitle(false);
      expect(document.title, locale).to.equal('Adreswijziging – Belgium.be');
    });
  });

  it('never adds the prefix twice', () => {
    document.documentElement.lang = 'nl-BE';
    setErrorTitle(true);
    setErrorTitle(true);
    expect(document.title).to.equal('Fout: Adreswijziging – Belgium.be');
    setErrorTitle(false);
    setErrorTitle(false);
    expect(document.title).to.equal('Adreswijziging – Belgium.be');
  });

  it("replaces another language's prefix after the page's language changed", async () => {
    document.documentElement.lang = 'fr-BE';
    setErrorTitle(true);
    document.documentElement.lang = 'de-BE';
    setErrorTitle(true);
    expect(document.title).to.equal('Fehler: Adreswijziging – Belgium.be');
    document.documentElement.lang = 'nl-BE';
    document.title = 'Erreur : Changement d’adresse';
    setErrorTitle(false);
    expect(document.title, 'written with an ordinary space').to.equal('Changement d’adresse');
  });

  it('uses text registered for the page', () => {
    document.documentElement.lang = 'nl-BE';
    registerStrings('nl', { 'bf-error-summary': { titlePrefix: 'Let op: ' } });
    try {
      setErrorTitle(true);
      expect(document.title).to.equal('Let op: Adreswijziging – Belgium.be');
      setErrorTitle(false);
      expect(document.title).to.equal('Adreswijziging – Belgium.be');
    } finally {
      registerStrings('nl', { 'bf-error-summary': { titlePrefix: 'Fout: ' } });
    }
  });

  it('changes the title of the document it is given', () => {
    const other = document.implementation.createHTMLDocument('Aanvraag');
    other.documentElement.lang = 'de';
    setErrorTitle(true, other);
    expect(other.title).to.equal('Fehler: Aanvraag');
    expect(document.title).to.equal('Adreswijziging – Belgium.be');
  });
});
