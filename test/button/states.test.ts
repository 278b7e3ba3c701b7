// Menu, disclosure and toggle buttons, and links that open a new tab: what the inner native
// control says (Chromium's and Firefox's accessibility trees) and how the states behave.
import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/button';
import type { BfButton } from '@belfry/components';
import { axNode, axQuery } from '../helpers/ax-query.js';
import { forEachLocale, settle } from '../helpers/locales.js';

const chromium = !navigator.userAgent.includes('Firefox');
const base = (el: BfButton) => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;

describe('bf-button states', () => {
  it('has no expanded or pressed state unless it is given one', async () => {
    const el = await fixture<BfButton>(html`<bf-button>Send</bf-button>`);
    expect(base(el).hasAttribute('aria-expanded')).to.equal(false);
    expect(base(el).hasAttribute('aria-pressed')).to.equal(false);
  });

  it('is expanded or collapsed as the page says, on the native button', async () => {
    const el = await fixture<BfButton>(html`<bf-button expanded="false">Menu</bf-button>`);
    expect(base(el).getAttribute('aria-expanded')).to.equal('false');
    el.expanded = true;
    await el.updateComplete;
    expect(base(el).getAttribute('aria-expanded')).to.equal('true');
    el.click();
    await el.updateComplete;
    expect(el.expanded, 'the page opens and closes, not the button').to.equal(true);
    el.removeAttribute('expanded');
    await el.updateComplete;
    expect(base(el).hasAttribute('aria-expanded')).to.equal(false);
  });

  it('toggles pressed when activated, before the page’s click listeners', async () => {
    const el = await fixture<BfButton>(html`<bf-button pressed="false">Bold</bf-button>`);
    expect(base(el).getAttribute('aria-pressed')).to.equal('false');
    let seen: boolean | undefined;
    el.addEventListener('click', () => (seen = el.pressed));
    base(el).click();
    await el.updateComplete;
    expect(seen).to.equal(true);
    expect(base(el).getAttribute('aria-pressed')).to.equal('true');
    el.disabled = true;
    await el.updateComplete;
    el.click();
    await el.updateComplete;
    expect(el.pressed, 'a disabled toggle does not change').to.equal(true);
  });

  it('states expanded on a link, but never pressed', async () => {
    const warned: unknown[] = [];
    const warn = console.warn;
    console.warn = (message: unknown) => warned.push(message);
    try {
      const el = await fixture<BfButton>(
        html`<bf-button href="/menu" expanded pressed>Menu</bf-button>`,
      );
      expect(base(el).getAttribute('aria-expanded')).to.equal('true');
      expect(base(el).hasAttribute('aria-pressed')).to.equal(false);
    } finally {
      console.warn = warn;
    }
    expect(warned.join('\n')).to.contain('pressed is for buttons');
  });

  it('shows a decorative new-tab sign and says it, in each language', async function () {
    this.timeout(20_000); // four languages, each a query of the browser's tree
    const el = await fixture<BfButton>(
      html`<bf-button href="https://www.belgium.be" target="_blank">belgium.be</bf-button>`,
    );
    const sign = el.shadowRoot!.querySelector('[part="new-tab-icon"]')!;
    expect(sign.getAttribute('aria-hidden')).to.equal('true');
    expect(sign.getBoundingClientRect().width).to.be.greaterThan(8);
    const names = {
      nl: 'belgium.be (opent in een nieuw tabblad)',
      fr: "belgium.be (s'ouvre dans un nouvel onglet)",
      de: 'belgium.be (öffnet in einem neuen Tab)',
      en: 'belgium.be (opens in a new tab)',
    };
    el.id = 'new-tab-button';
    await forEachLocale(async (locale) => {
      await settle();
      await el.updateComplete;
      expect(await axQuery('link', names[locale], 'new-tab-button'), locale).to.deep.equal(['a']);
    });
    el.target = '';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="new-tab-icon"]')).to.equal(null);
  });
});

describe('bf-button states in the accessibility tree', () => {
  it('is a menu button that is announced collapsed, then expanded', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <bf-button id="menu-button" expanded="false" controls="menu">Menu</bf-button>
        <ul id="menu" hidden>
          <li><a href="/">Home</a></li>
        </ul>
      </div>`,
    );
    const el = wrapper.querySelector('bf-button')!;
    expect(await axQuery('button', 'Menu', 'menu-button')).to.deep.equal(['button']);
    if (!chromium) return; // states: Chromium's tree (Firefox: the attribute checks above)
    expect((await axNode('#menu-button', 'button')).properties['expanded']).to.equal(false);
    el.expanded = true;
    await el.updateComplete;
    expect((await axNode('#menu-button', 'button')).properties['expanded']).to.equal(true);
  });

  it('is a toggle button announced pressed or not pressed', async function () {
    if (!chromium) this.skip();
    const el = await fixture<BfButton>(html`<bf-button id="bold" pressed="false">Bold</bf-button>`);
    expect((await axNode('#bold', 'button')).properties['pressed']).to.equal('false');
    base(el).click();
    await el.updateComplete;
    expect((await axNode('#bold', 'button')).properties['pressed']).to.equal('true');
  });

  it('controls the element named by controls, where the browser can say so', async function () {
    const button = base(
      await fixture<BfButton>(
        html`<bf-button id="disclosure" expanded controls="details-panel">Details</bf-button>`,
      ),
    );
    if (!('ariaControlsElements' in button)) this.skip();
    const panel = document.createElement('div');
    panel.id = 'details-panel';
    panel.textContent = 'Details of the procedure';
    document.body.append(panel);
    try {
      const el = document.querySelector<BfButton>('#disclosure')!;
      el.requestUpdate();
      await el.updateComplete;
      expect(button.ariaControlsElements).to.deep.equal([panel]);
      if (chromium) {
        const node = await axNode('#disclosure', 'button');
        expect(node.properties['controls']).to.deep.equal(['details-panel']);
      }
    } finally {
      panel.remove();
    }
  });
});
