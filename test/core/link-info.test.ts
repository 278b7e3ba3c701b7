import { expect } from '@open-wc/testing';
import {
  fileTypeName,
  formatFileSize,
  linkInfo,
  linkInfoStrings,
  opensInNewTab,
  parseFileSize,
  registerStrings,
  translate,
  type LinkInfoLocalizer,
  type Locale,
} from '@belfry/core';

/** The phrases as a component in `locale` gets them (its LocalizeController does the same). */
const inLocale = (locale: Locale): LinkInfoLocalizer => ({
  locale,
  term: (key, params) => translate(linkInfoStrings, locale, key, params),
});
const nbsp = '\u00a0';
const plain = (text: string) => text.replaceAll(nbsp, ' ');

describe('link phrases: file sizes in Belgian formats', () => {
  it('writes kilobytes and megabytes with the language’s decimal comma', () => {
    const sizes = [240_000, 1_234_567, 9_940, 12_500, 3_400_000_000];
    expect(sizes.map((size) => plain(formatFileSize(inLocale('nl'), size)))).to.deep.equal([
      '240 kB',
      '1,2 MB',
      '9,9 kB', // rounded to one decimal under 10 of a unit…
      '13 kB', // …and to whole units above
      '3,4 GB',
    ]);
    expect(plain(formatFileSize(inLocale('de'), 1_234_567))).to.equal('1,2 MB');
    expect(plain(formatFileSize(inLocale('fr'), 240_000))).to.equal('240 ko');
    expect(plain(formatFileSize(inLocale('fr'), 1_234_567))).to.equal('1,2 Mo');
    // English text in Belgium's number format (en-BE), as every Belfry number.
    expect(plain(formatFileSize(inLocale('en'), 1_234_567))).to.equal('1,2 MB');
  });

  it('keeps the number and its unit together with a no-break space', () => {
    expect(formatFileSize(inLocale('nl'), 240_000)).to.equal(`240${nbsp}kB`);
  });

  it('counts bytes under one kilobyte, in the language’s plural', () => {
    expect(plain(formatFileSize(inLocale('en'), 1))).to.equal('1 byte');
    expect(plain(formatFileSize(inLocale('en'), 512))).to.equal('512 bytes');
    expect(plain(formatFileSize(inLocale('fr'), 512))).to.equal('512 octets');
    expect(plain(formatFileSize(inLocale('de'), 512))).to.equal('512 Byte');
  });

  it('moves to the next unit instead of writing 1.000', () => {
    expect(plain(formatFileSize(inLocale('nl'), 999_960))).to.equal('1 MB');
    expect(plain(formatFileSize(inLocale('nl'), 999_499))).to.equal('999 kB');
  });

  it('writes nothing for a size that is not a whole number of bytes', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(formatFileSize(inLocale('nl'), bad), String(bad)).to.equal('');
    }
  });

  it('reads a size attribute in bytes and refuses anything else', () => {
    expect(parseFileSize('245760')).to.equal(245760);
    expect(parseFileSize(' 12 ')).to.equal(12);
    expect(parseFileSize(0)).to.equal(0);
    for (const bad of ['240 kB', '1,2', '-5', '', 'abc', null, undefined, 2.5, '1e6']) {
      expect(parseFileSize(bad), String(bad)).to.equal(undefined);
    }
  });
});

describe('link phrases: file types', () => {
  it('names media types and extensions as citizens know them', () => {
    expect(fileTypeName('application/pdf')).to.equal('PDF');
    expect(fileTypeName('application/pdf; charset=binary')).to.equal('PDF');
    expect(
      fileTypeName('application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
    ).to.equal('DOCX');
    expect(fileTypeName('application/vnd.oasis.opendocument.spreadsheet')).to.equal('ODS');
    expect(fileTypeName('text/csv')).to.equal('CSV');
    expect(fileTypeName('pdf')).to.equal('PDF');
    expect(fileTypeName('.XLSX')).to.equal('XLSX');
  });

  it('refuses a type it cannot name, rather than showing it raw', () => {
    expect(fileTypeName('application/vnd.some-vendor.thing')).to.equal('');
    expect(fileTypeName('<b>pdf</b>')).to.equal('');
  });

  it('reads a document extension from the URL when no type is given', () => {
    expect(fileTypeName(undefined, '/docs/annual-report-2025.pdf?version=2#page=3')).to.equal(
      'PDF',
    );
    expect(fileTypeName('', 'https://example.be/forms/aanvraag.ODT')).to.equal('ODT');
    expect(fileTypeName(undefined, '/report.php?id=3'), 'a page, not a document').to.equal('');
    expect(fileTypeName(undefined, '/contact')).to.equal('');
  });
});

describe('link phrases: new tab and external', () => {
  it('treats _blank and named targets as a new tab, not _self, _parent or _top', () => {
    expect(['_blank', '_BLANK', 'help'].map(opensInNewTab)).to.deep.equal([true, true, true]);
    expect(['', '_self', '_parent', '_top', null, undefined].map(opensInNewTab)).to.deep.equal([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('states a new tab and an external website in each language', () => {
    const expected: Record<Locale, string> = {
      nl: 'externe website, opent in een nieuw tabblad',
      fr: "site externe, s'ouvre dans un nouvel onglet",
      de: 'externe Website, öffnet in einem neuen Tab',
      en: 'external website, opens in a new tab',
    };
    for (const [locale, phrase] of Object.entries(expected) as [Locale, string][]) {
      const info = linkInfo(inLocale(locale), { target: '_blank', external: true });
      expect(info.destination, locale).to.equal(phrase);
      expect(info.all, locale).to.equal(phrase);
      expect(info.file, locale).to.equal('');
    }
  });

  it('describes a download as "PDF, 240 kB", before where the link goes', () => {
    const info = linkInfo(inLocale('nl'), {
      type: 'application/pdf',
      size: 240_000,
      target: '_blank',
    });
    expect(plain(info.file)).to.equal('PDF, 240 kB');
    expect(plain(info.all)).to.equal('PDF, 240 kB, opent in een nieuw tabblad');
  });

  it('says nothing for an ordinary link, and never reads a page address as a file', () => {
    expect(linkInfo(inLocale('en'), { href: '/page.html' }).all).to.equal('');
    expect(linkInfo(inLocale('en'), { href: '/form.pdf', download: true }).file).to.equal('PDF');
  });

  it('follows text an agency registers', () => {
    registerStrings('en', { 'bf-link-info': { external: 'leaves belgium.be' } });
    try {
      expect(linkInfo(inLocale('en'), { external: true }).all).to.equal('leaves belgium.be');
    } finally {
      registerStrings('en', { 'bf-link-info': { external: 'external website' } });
    }
  });
});
