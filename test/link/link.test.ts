import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/link';
import { registerStrings, type BfLink } from '@belfry/components';
import { forEachLocale, settle } from '../helpers/locales.js';
import { warningsDuring } from '../helpers/warnings.js';

const anchorOf = (el: BfLink) => el.querySelector('a')!;
/** The hidden phrase the link adds to its <a>'s name, or null. */
const phraseOf = (el: BfLink) => el.querySelector<HTMLElement>(':scope > span[hidden]');
const part = (el: BfLink, name: string) => el.shadowRoot!.querySelector(`[part="${name}"]`);
/** The name the <a> gets from its aria-labelledby, as a browser computes it (ids in order). */
function labelledName(anchor: HTMLAnchorElement): string {
  return (anchor.getAttribute('aria-labelledby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id))
    .map((node) => (node === anchor ? anchor.textContent : node?.textContent) ?? '')
    .join(' ')
    .replaceAll('\u00a0', ' ');
}
/** The warnings logged while `body` runs, one per line. */
const warnings = async (body: () => Promise<void>): Promise<string> =>
  (await warningsDuring(body)).join('\n');

describe('bf-link', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('leaves an ordinary link exactly as the author wrote it', async () => {
    const el = await fixture<BfLink>(html`<bf-link><a href="/contact">Contact us</a></bf-link>`);
    const anchor = anchorOf(el);
    expect(anchor.getAttributeNames().sort()).to.deep.equal(['href']);
    expect(phraseOf(el)).to.equal(null);
    expect(part(el, 'icon')).to.equal(null);
    expect(part(el, 'file')).to.equal(null);
    expect(el.textContent).to.equal('Contact us');
  });

  it('states a new tab in the name, shows an icon and protects the opener', async () => {
    const el = await fixture<BfLink>(
      html`<bf-link><a href="https://www.belgium.be" target="_blank">belgium.be</a></bf-link>`,
    );
    const anchor = anchorOf(el);
    expect(labelledName(anchor)).to.equal('belgium.be (opens in a new tab)');
    expect(anchor.getAttribute('rel')).to.equal('noopener noreferrer');
    const icon = part(el, 'icon')!;
    expect(icon.localName).to.equal('svg');
    expect(icon.getAttribute('aria-hidden'), 'decorative').to.equal('true');
    expect(icon.getBoundingClientRect().width, 'drawn').to.be.greaterThan(8);
  });

  it('keeps the rel the author chose', async () => {
    const el = await fixture<BfLink>(
      html`<bf-link><a href="/help" target="_blank" rel="help">Help</a></bf-link>`,
    );
    expect(anchorOf(el).getAttribute('rel')).to.equal('help');
  });

  it('states an external website, with a new tab, in each language', async () => {
    const expected = {
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
      expect(labelledName(anchorOf(el)), locale).to.equal(expected[locale]);
    });
  });

  it('describes a download by type and size, on screen and in its name', async () => {
    document.documentElement.lang = 'nl-BE';
    const el = await fixture<BfLink>(
      html`<bf-link file-size="1234567"
        ><a href="/docs/jaarverslag-2025.pdf" download>Jaarverslag 2025</a></bf-link
      >`,
    );
    const file = part(el, 'file')!;
    expect(file.textContent!.replaceAll('\u00a0', ' ')).to.equal(' (PDF, 1,2 MB)');
    expect(file.getAttribute('aria-hidden'), 'said once, in the name').to.equal('true');
    expect(labelledName(anchorOf(el))).to.equal('Jaarverslag 2025 (PDF, 1,2 MB)');
    expect(part(el, 'icon')).to.exist;
  });

  it('takes the file type from file-type, then the <a>’s type, then the URL', async () => {
    const el = await fixture<BfLink>(
      html`<bf-link file-type="application/vnd.oasis.opendocument.text" file-size="240000"
        ><a href="/form" type="application/pdf">Form</a></bf-link
      >`,
    );
    expect(labelledName(anchorOf(el))).to.equal('Form (ODT, 240 kB)');
    el.fileType = '';
    await el.updateComplete;
    expect(labelledName(anchorOf(el))).to.equal('Form (PDF, 240 kB)');
  });

  it('follows changes a script makes to the <a>, and gives it back as written', async () => {
    const el = await fixture<BfLink>(html`<bf-link><a href="/a" id="mine">A</a></bf-link>`);
    const anchor = anchorOf(el);
    anchor.target = '_blank';
    await settle();
    await el.updateComplete;
    expect(labelledName(anchor)).to.equal('A (opens in a new tab)');
    expect(anchor.id, 'the author’s id is kept').to.equal('mine');
    anchor.removeAttribute('target');
    await settle();
    await el.updateComplete;
    expect(anchor.hasAttribute('aria-labelledby')).to.equal(false);
    expect(anchor.id).to.equal('mine');
    expect(phraseOf(el)).to.equal(null);
    expect(part(el, 'icon')).to.equal(null);
  });

  it('adds its phrase after a name the author gave', async () => {
    const el = await fixture<BfLink>(
      html`<span id="doc-title">Budget 2026</span>
        <bf-link
          ><a href="/budget.pdf" aria-labelledby="doc-title" download type="pdf"
            >Download</a
          ></bf-link
        >`,
    );
    const link = el.parentElement!.querySelector('bf-link')!;
    const anchor = anchorOf(link);
    expect(anchor.getAttribute('aria-labelledby')).to.match(/^doc-title bf-link-info-\d+$/);
    expect(anchor.hasAttribute('id'), 'no id needed').to.equal(false);
  });

  it('turns an unsafe URL into plain text, with a warning', async () => {
    let el!: BfLink;
    const warned = await warnings(async () => {
      el = await fixture<BfLink>(
        html`<bf-link><a href="javascript:alert(1)">Win a prize</a></bf-link>`,
      );
    });
    expect(anchorOf(el).hasAttribute('href')).to.equal(false);
    expect(warned).to.contain('href is not a safe URL');
    anchorOf(el).setAttribute('href', ' data:text/html,<script>alert(1)</script>');
    await settle();
    expect(anchorOf(el).hasAttribute('href'), 'also when set later').to.equal(false);
  });

  it('warns when there is no <a>, and shows the text', async () => {
    let el!: BfLink;
    const warned = await warnings(async () => {
      el = await fixture<BfLink>(html`<bf-link>Contact us</bf-link>`);
    });
    expect(warned).to.contain('<bf-link> needs an <a href> inside it');
    expect(el.textContent).to.equal('Contact us');
  });

  it('warns about a size that is not a number of bytes, and shows the type alone', async () => {
    let el!: BfLink;
    const warned = await warnings(async () => {
      el = await fixture<BfLink>(
        html`<bf-link file-size="240 kB"><a href="/a.pdf" download>Report</a></bf-link>`,
      );
    });
    expect(warned).to.contain('file-size="240 kB" is not a number of bytes');
    expect(part(el, 'file')!.textContent).to.equal(' (PDF)');
  });

  it('adopts an <a> that replaces the first one', async () => {
    const el = await fixture<BfLink>(
      html`<bf-link external><a href="https://a.example">First</a></bf-link>`,
    );
    const first = anchorOf(el);
    const second = document.createElement('a');
    second.href = 'https://b.example';
    second.textContent = 'Second';
    first.replaceWith(second);
    await settle();
    await el.updateComplete;
    expect(first.hasAttribute('aria-labelledby'), 'the old <a> is given back').to.equal(false);
    expect(labelledName(second)).to.equal('Second (external website)');
  });

  it('uses text registered for links', async () => {
    registerStrings('en', { 'bf-link': { external: 'leaves this site' } });
    try {
      document.documentElement.lang = 'en';
      const el = await fixture<BfLink>(
        html`<bf-link external><a href="https://a.example">Partner</a></bf-link>`,
      );
      expect(labelledName(anchorOf(el))).to.equal('Partner (leaves this site)');
    } finally {
      registerStrings('en', { 'bf-link': { external: 'external website' } });
    }
  });

  it('wraps inside 320 px without scrolling sideways', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 320px">
        <p>
          Lees de
          <bf-link external file-size="245760"
            ><a href="/docs/arbeidsongeschiktheidsuitkeringsaanvraagformulier.pdf" target="_blank"
              >arbeidsongeschiktheidsuitkeringsaanvraagformulier</a
            ></bf-link
          >
        </p>
      </div>`,
    );
    await wrapper.querySelector('bf-link')!.updateComplete;
    expect(wrapper.scrollWidth).to.be.at.most(320);
  });
});
