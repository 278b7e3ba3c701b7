import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/skip-link';
import type { BfSkipLink } from '@belfry/components';
import { axQuery } from '../helpers/ax-query.js';
import { forEachLocale, settle } from '../helpers/locales.js';
import { warningsDuring } from '../helpers/warnings.js';

/** The element's own link: in light DOM, made by the element when the author wrote none. */
const ownLink = (el: BfSkipLink) => el.querySelector<HTMLAnchorElement>(':scope > a.bf-skip-link')!;
/** The warnings logged while `body` runs, one per line. */
const warnings = async (body: () => Promise<void>): Promise<string> =>
  (await warningsDuring(body)).join('\n');

describe('bf-skip-link', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('is a link named "Skip to main content" in each language', async function () {
    this.timeout(20_000); // four languages, each a query of the browser's tree
    const names = {
      nl: 'Naar de hoofdinhoud',
      fr: 'Aller au contenu principal',
      de: 'Zum Hauptinhalt springen',
      en: 'Skip to main content',
    };
    const el = await fixture<BfSkipLink>(html`<bf-skip-link id="skip"></bf-skip-link>`);
    await forEachLocale(async (locale) => {
      await settle();
      await el.updateComplete;
      expect(await axQuery('link', names[locale]), locale).to.deep.equal(['a']);
    });
  });

  it('moves focus to role="main" when the page has no <main>', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <bf-skip-link></bf-skip-link>
        <div role="main" id="content-area"><p>Content</p></div>
      </div>`,
    );
    const el = page.querySelector<BfSkipLink>('bf-skip-link')!;
    await el.updateComplete;
    expect(ownLink(el).getAttribute('href')).to.equal('#main');
    ownLink(el).click();
    expect(document.activeElement).to.equal(page.querySelector('#content-area'));
  });

  it('takes a target with or without #, and keeps a target that is focusable already', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <bf-skip-link target="#start"></bf-skip-link>
        <main><a id="start" href="/start">Start</a></main>
      </div>`,
    );
    const el = page.querySelector<BfSkipLink>('bf-skip-link')!;
    await el.updateComplete;
    expect(ownLink(el).getAttribute('href')).to.equal('#start');
    ownLink(el).click();
    const start = page.querySelector('#start')!;
    expect(document.activeElement).to.equal(start);
    expect(start.hasAttribute('tabindex'), 'a link needs no tabindex').to.equal(false);
  });

  it('warns when there is nothing to skip to, and lets the browser follow the link', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div><bf-skip-link target="nowhere"></bf-skip-link></div>`,
    );
    const el = page.querySelector<BfSkipLink>('bf-skip-link')!;
    await el.updateComplete;
    let prevented: boolean | undefined;
    // On the window, after the element's listener: reads what it did, then keeps the test page
    // from following the link.
    const listener = (event: Event) => {
      prevented = event.defaultPrevented;
      event.preventDefault();
    };
    window.addEventListener('click', listener);
    try {
      const warned = await warnings(async () => {
        ownLink(el).click();
        await settle();
      });
      expect(warned).to.contain('No element with id="nowhere"');
    } finally {
      window.removeEventListener('click', listener);
    }
    expect(prevented, 'the browser follows the link').to.equal(false);
  });

  it('warns about content that is not a link of its own', async () => {
    const warned = await warnings(async () => {
      const el = await fixture<BfSkipLink>(html`<bf-skip-link><span>Skip</span></bf-skip-link>`);
      await el.updateComplete;
    });
    expect(warned).to.contain('takes an <a href="#main"> of your own, or nothing at all');
  });

  it('shows its own link when the tags hold only white space', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <bf-skip-link> </bf-skip-link>
      </div>`,
    );
    const el = page.querySelector<BfSkipLink>('bf-skip-link')!;
    await el.updateComplete;
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedNodes()).to.deep.equal([ownLink(el)]);
    expect(ownLink(el).textContent).to.equal('Skip to main content');
  });

  it('keeps its own link in light DOM, first in the document, and takes it out when removed', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <bf-skip-link></bf-skip-link>
        <main><a href="/a">A</a></main>
      </div>`,
    );
    const el = page.querySelector<BfSkipLink>('bf-skip-link')!;
    await el.updateComplete;
    const link = ownLink(el);
    expect(link.parentElement).to.equal(el);
    expect(link.compareDocumentPosition(page.querySelector('main a')!)).to.equal(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    el.remove();
    expect(el.childNodes, 'nothing of its own left behind').to.have.length(0);
    page.prepend(el);
    await el.updateComplete;
    expect(ownLink(el)).to.equal(link);
  });

  it('follows the page language and its target on its own link', async () => {
    const el = await fixture<BfSkipLink>(html`<bf-skip-link target="form"></bf-skip-link>`);
    await el.updateComplete;
    expect(ownLink(el).getAttribute('href')).to.equal('#form');
    document.documentElement.lang = 'fr-BE';
    await settle();
    await el.updateComplete;
    expect(ownLink(el).textContent).to.equal('Aller au contenu principal');
    el.target = '';
    await el.updateComplete;
    expect(ownLink(el).getAttribute('href')).to.equal('#main');
  });
});
