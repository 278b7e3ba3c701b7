// What assistive technology meets, in Chromium and Firefox: the browser's accessibility tree.
import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/link';
import type { BfLink } from '@belfry/components';
import { axNode, axQuery } from '../helpers/ax-query.js';
import { forEachLocale, settle } from '../helpers/locales.js';

const chromium = !navigator.userAgent.includes('Firefox');

describe('bf-link in the accessibility tree', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('is a link named by its text alone when it is an ordinary link', async () => {
    await fixture(html`<bf-link><a href="/contact">Contact us</a></bf-link>`);
    expect(await axQuery('link', 'Contact us')).to.deep.equal(['a']);
  });

  it('says "opens in a new tab" and "external website" in its name, in each language', async function () {
    this.timeout(20_000); // four languages, each a query of the browser's tree
    const names = {
      nl: 'Tax-on-web (externe website, opent in een nieuw tabblad)',
      fr: "Tax-on-web (site externe, s'ouvre dans un nouvel onglet)",
      de: 'Tax-on-web (externe Website, öffnet in einem neuen Tab)',
      en: 'Tax-on-web (external website, opens in a new tab)',
    };
    const el = await fixture<BfLink>(
      html`<bf-link external
        ><a href="https://eservices.minfin.fgov.be" target="_blank">Tax-on-web</a></bf-link
      >`,
    );
    await forEachLocale(async (locale) => {
      await settle();
      await el.updateComplete;
      expect(await axQuery('link', names[locale]), locale).to.deep.equal(['a']);
    });
  });

  it('says the type and size of a download in its name', async () => {
    document.documentElement.lang = 'fr-BE';
    await fixture(
      html`<bf-link file-size="240000"
        ><a href="/docs/rapport.pdf" download>Rapport annuel</a></bf-link
      >`,
    );
    await settle(); // Firefox builds its tree after the next frame
    expect(await axQuery('link', 'Rapport annuel (PDF, 240\u00a0ko)')).to.deep.equal(['a']);
  });

  it('hides the icon and the visible file text, which the name already says', async function () {
    if (!chromium) this.skip(); // ax-node reads Chromium's tree; Firefox is covered by axQuery
    await fixture(
      html`<bf-link id="report" file-size="240000" external
        ><a href="/docs/report.pdf" download>Report</a></bf-link
      >`,
    );
    expect((await axNode('#report', '[part="icon"]')).ignored).to.equal(true);
    expect((await axNode('#report', '[part="file"]')).ignored).to.equal(true);
  });
});
