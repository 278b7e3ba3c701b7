import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '@belfry/components/alternative-channels';
import type { BfAlternativeChannels, BfChannel } from '@belfry/components';
import { phoneValue } from '@belfry/components';
import { warningsDuring } from '../helpers/warnings.js';
import { channelsBlock, mondayMorning, phoneHours, saturdayAfternoon } from './content.js';

const shadow = (element: Element) => element.shadowRoot!;
const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const part = (element: Element, name: string) =>
  shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);

async function block(
  variant: 'full' | 'compact' | 'footer' = 'full',
  lang = 'nl-BE',
  now = mondayMorning,
): Promise<BfAlternativeChannels> {
  const wrapper = await fixture(html`<div lang=${lang}>${channelsBlock(variant, now)}</div>`);
  const element = wrapper.querySelector('bf-alternative-channels')!;
  await element.updateComplete;
  for (const channel of element.querySelectorAll('bf-channel')) await channel.updateComplete;
  return element;
}

const channel = (element: BfAlternativeChannels, kind: string) =>
  element.querySelector<BfChannel>(`bf-channel[kind="${kind}"]`)!;

describe('bf-channel: phone numbers', () => {
  it('links a Belgian number with tel: in its international form, shown the Belgian way', () => {
    expect(phoneValue('02 572 57 57')).to.deep.equal({
      text: '02 572 57 57',
      href: 'tel:+3225725757',
    });
    expect(phoneValue('+32 (0)2 572.57.57')).to.deep.equal({
      text: '02 572 57 57',
      href: 'tel:+3225725757',
    });
    expect(phoneValue('0800 12 345').href).to.equal('tel:+3280012345');
    // Another country's number is linked as written, compacted.
    expect(phoneValue('0033 1 23 45 67 89')).to.deep.equal({
      text: '0033 1 23 45 67 89',
      href: 'tel:+33123456789',
    });
    for (const bad of ['call us', 'javascript:alert(1)', '12', '']) {
      expect(phoneValue(bad).href, bad).to.equal(undefined);
    }
  });

  it('shows a value that is no number as text, with a warning, never a broken link', async () => {
    let element!: BfChannel;
    const warnings = await warningsDuring(async () => {
      element = await fixture<BfChannel>(
        html`<bf-channel kind="phone" value="bel ons"></bf-channel>`,
      );
    });
    expect(shadow(element).querySelector('a')).to.equal(null);
    expect(text(part(element, 'value'))).to.equal('bel ons');
    expect(warnings.join('\n')).to.contain('value="bel ons" is not a phone number');
  });

  it('links an e-mail address with mailto:', async () => {
    const element = await fixture<BfChannel>(
      html`<bf-channel kind="email" value="info@minfin.fed.be"></bf-channel>`,
    );
    const link = part(element, 'value') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('mailto:info@minfin.fed.be');
    expect(text(link)).to.equal('info@minfin.fed.be');
  });
});

describe('bf-alternative-channels: the full block', () => {
  it('is a region named by its heading, with each channel under a heading one level below', async () => {
    const element = await block();
    const section = part(element, 'base')!;
    expect(section.localName).to.equal('section');
    const heading = shadow(element).getElementById(section.getAttribute('aria-labelledby')!)!;
    expect(heading.localName).to.equal('h2');
    expect(text(heading)).to.equal('Liever niet online?');
    const titles = [...element.querySelectorAll('bf-channel')].map((item) => {
      const title = part(item, 'heading')!;
      return `${title.localName} ${text(title)}`;
    });
    expect(titles).to.deep.equal(['h3 Telefonisch', 'h3 Per post', 'h3 Aan het loket']);
  });

  it('takes the heading level it is given, and its channels follow', async () => {
    const wrapper = await fixture(
      html`<div lang="en">${channelsBlock('full', mondayMorning, 3)}</div>`,
    );
    const element = wrapper.querySelector('bf-alternative-channels')!;
    await element.updateComplete;
    expect(part(element, 'heading')!.localName).to.equal('h3');
    expect(part(channel(element, 'post'), 'heading')!.localName).to.equal('h4');
    element.headingLevel = 4;
    await element.updateComplete;
    await channel(element, 'post').updateComplete;
    expect(part(channel(element, 'post'), 'heading')!.localName).to.equal('h5');
  });

  it('gives the phone line: number, open now, hours, cost and languages in the page’s language', async () => {
    const phone = channel(await block('full', 'fr-BE'), 'phone');
    const link = part(phone, 'value') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('tel:+3225725757');
    expect(text(link)).to.equal('02 572 57 57');
    expect(text(part(phone, 'opening-status'))).to.equal('Ouvert maintenant — ferme à 12:00');
    expect(text(part(phone, 'opening-hours'))).to.contain(
      'Du lundi au vendredi de 08:30 à 12:00 et de 13:00 à 16:30',
    );
    expect(text(part(phone, 'opening-hours'))).to.contain('Fermé les jours fériés légaux.');
    expect([...part(phone, 'facts')!.querySelectorAll('li')].map(text)).to.deep.equal([
      'Numéro gratuit',
      'Nous parlons néerlandais, français et allemand.',
    ]);
  });

  it('says when a closed line opens again', async () => {
    const phone = channel(await block('full', 'en', saturdayAfternoon), 'phone');
    expect(text(part(phone, 'opening-status'))).to.equal('Closed — opens Monday at 08:30');
    expect(part(phone, 'opening-status')!.dataset['state']).to.equal('closed');
  });

  it('describes the office: address, appointment, access with words beside the icons', async () => {
    const office = channel(await block('full', 'de-BE'), 'office');
    expect(text(part(office, 'facts'))).to.equal('Nur nach Terminvereinbarung.');
    const access = [...part(office, 'access')!.querySelectorAll('li')];
    expect(access.map(text)).to.deep.equal([
      'Stufenloser Zugang',
      'Induktionsschleife für Hörgeräte',
    ]);
    for (const item of access) {
      expect(item.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    }
    // The page's own address and link are slotted, not copied.
    const address = office.querySelector('address')!;
    expect(address.assignedSlot?.name).to.equal('address');
    expect(office.querySelector('a[slot="appointment"]')!.checkVisibility()).to.equal(true);
  });

  it('shows hours it cannot read as written, with a warning', async () => {
    let element!: BfChannel;
    const warnings = await warningsDuring(async () => {
      element = await fixture<BfChannel>(
        html`<bf-channel kind="phone" value="02 572 57 57" hours="elke werkdag"></bf-channel>`,
      );
    });
    expect(text(part(element, 'opening-hours'))).to.equal('elke werkdag');
    expect(part(element, 'opening-status')).to.equal(null);
    expect(warnings.join('\n')).to.contain('hours="elke werkdag" cannot be read');
  });

  it('follows the language when it changes', async () => {
    const element = await block('full', 'nl-BE');
    element.parentElement!.lang = 'en';
    await aTimeout(0);
    await element.updateComplete;
    const phone = channel(element, 'phone');
    await phone.updateComplete;
    expect(text(part(element, 'heading'))).to.equal('Prefer not to do this online?');
    expect(text(part(phone, 'opening-status'))).to.equal('Open now — closes at 12:00');
  });
});

describe('bf-alternative-channels: the compact variant', () => {
  it('is one line whose button shows and hides the channels', async () => {
    const element = await block('compact');
    const button = part(element, 'button') as HTMLButtonElement;
    const panel = shadow(element).getElementById(button.getAttribute('aria-controls')!)!;
    expect(part(element, 'heading')!.contains(button)).to.equal(true);
    expect(text(button)).to.equal('Liever niet online?');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    // A closed panel is hidden="until-found": what it holds is skipped, not removed.
    expect(channel(element, 'phone').checkVisibility()).to.equal(false);
    const toggled = oneEvent(element, 'bf-alternative-channels-toggle');
    button.click();
    expect((await toggled).detail).to.deep.equal({ open: true, source: 'user' });
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hasAttribute('hidden')).to.equal(false);
    expect(channel(element, 'phone').checkVisibility()).to.equal(true);
  });

  it('prints the channels even when closed, without the open-now state', async function () {
    // Print emulation needs the DevTools protocol: Chromium only.
    if (navigator.userAgent.includes('Firefox')) this.skip();
    const element = await block('compact');
    await emulateMedia({ media: 'print' });
    try {
      const phone = channel(element, 'phone');
      expect(phone.checkVisibility()).to.equal(true);
      expect(part(phone, 'value')!.checkVisibility()).to.equal(true);
      expect(part(phone, 'opening-hours')!.checkVisibility()).to.equal(true);
      expect(part(phone, 'opening-status')!.checkVisibility()).to.equal(false);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('bf-alternative-channels: the footer summary', () => {
  it('has no heading of its own and shows number, open-now and address, not the details', async () => {
    const element = await block('footer');
    expect(shadow(element).querySelector('h2, h3, h4, h5, h6')).to.equal(null);
    const phone = channel(element, 'phone');
    expect(part(phone, 'value')!.checkVisibility()).to.equal(true);
    expect(part(phone, 'opening-status')!.checkVisibility()).to.equal(true);
    expect(part(phone, 'opening-hours')!.checkVisibility()).to.equal(false);
    expect(phone.querySelector('p')!.checkVisibility()).to.equal(false);
    const post = channel(element, 'post');
    expect(post.querySelector('address')!.checkVisibility()).to.equal(true);
  });

  it('fits the alternatives slot of bf-footer, under the footer’s heading', async () => {
    await import('@belfry/components/footer');
    const wrapper = await fixture(
      html`<div lang="nl-BE">
        <bf-footer accessibility-href="/toegankelijkheid">
          <bf-alternative-channels slot="alternatives" variant="footer">
            <bf-channel
              kind="phone"
              value="02 572 57 57"
              hours=${phoneHours}
              .now=${mondayMorning}
            ></bf-channel>
          </bf-alternative-channels>
        </bf-footer>
      </div>`,
    );
    const footer = wrapper.querySelector('bf-footer')!;
    await footer.updateComplete;
    const element = wrapper.querySelector('bf-alternative-channels')!;
    expect(element.assignedSlot?.name).to.equal('alternatives');
    expect(footer.shadowRoot!.querySelector('[part="alternatives"]')!.checkVisibility()).to.equal(
      true,
    );
    expect(part(channel(element, 'phone'), 'heading')!.localName).to.equal('h3');
  });
});

describe('bf-alternative-channels: small screens', () => {
  for (const variant of ['full', 'compact', 'footer'] as const) {
    it(`${variant}: fits 320 px without scrolling sideways`, async () => {
      const element = await block(variant);
      if (variant === 'compact') element.open = true;
      await element.updateComplete;
      const wrapper = element.parentElement!;
      wrapper.style.inlineSize = '320px';
      wrapper.style.overflow = 'auto';
      await aTimeout(0);
      expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
    });
  }

  it('fits at 400 % zoom (a 320 px wide page with four times larger text)', async () => {
    const element = await block('full');
    const wrapper = element.parentElement!;
    wrapper.style.inlineSize = '320px';
    wrapper.style.overflow = 'auto';
    wrapper.style.fontSize = '200%';
    await aTimeout(0);
    expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
  });
});

describe('bf-alternative-channels: bad input', () => {
  it('uses the full variant and the phone kind for values it does not know, with warnings', async () => {
    let element!: BfAlternativeChannels;
    const warnings = await warningsDuring(async () => {
      const wrapper = await fixture(
        html`<bf-alternative-channels variant="banner">
          <bf-channel kind="fax" value="02 572 57 57" cost="cheap"></bf-channel>
        </bf-alternative-channels>`,
      );
      element = wrapper as BfAlternativeChannels;
      await element.querySelector('bf-channel')!.updateComplete;
    });
    expect(part(element, 'base')!.localName).to.equal('section');
    const fax = element.querySelector('bf-channel')!;
    expect(text(part(fax, 'heading'))).to.equal('By phone');
    expect(part(fax, 'facts')).to.equal(null);
    const all = warnings.join('\n');
    expect(all).to.contain('variant="banner"');
    expect(all).to.contain('kind="fax"');
    expect(all).to.contain('cost="cheap"');
  });
});
