// What a server-rendered <bf-alternative-channels> shows when its script never runs (scripts off,
// blocked or failed to load): every channel, its number, hours and the page's own details. This
// file never loads the component: the page has only the server's HTML and the stylesheets.
import { expect } from '@open-wc/testing';
import { ssrFixtures } from '../ssr/hydration-helpers.js';
import { withoutScript } from '../helpers/no-js.js';

const rendered = await ssrFixtures();

describe('bf-alternative-channels without JavaScript', () => {
  const insert = withoutScript('bf-alternative-channels', rendered);
  const part = (host: Element, name: string) =>
    host.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

  it('shows every channel with its number, hours and the page’s details', () => {
    const container = insert('alternative-channels');
    const phone = container.querySelector('bf-channel[kind="phone"]')!;
    const link = part(phone, 'value') as HTMLAnchorElement;
    expect(link.checkVisibility()).to.equal(true);
    expect(link.href).to.equal('tel:+3225725757');
    expect(link.getBoundingClientRect().height).to.be.at.least(44);
    expect(part(phone, 'opening-hours').checkVisibility()).to.equal(true);
    for (const words of [
      'Houd uw rijksregisternummer bij de hand.',
      'Koning Albert II-laan 33',
      'Maak een afspraak',
      'Vraag het papieren formulier aan',
    ]) {
      expect(container.innerText).to.include(words);
    }
  });

  it('shows the compact variant’s channels: its button could not open them', () => {
    const container = insert('alternative-channels-compact');
    const phone = container.querySelector('bf-channel[kind="phone"]')!;
    expect(phone.checkVisibility()).to.equal(true);
    expect(part(phone, 'value').checkVisibility()).to.equal(true);
    const chevron = container
      .querySelector('bf-alternative-channels')!
      .shadowRoot!.querySelector<HTMLElement>('.chevron')!;
    expect(getComputedStyle(chevron).visibility).to.equal('hidden');
  });

  it('keeps the footer summary short: no weekly hours, no details', () => {
    const container = insert('alternative-channels-footer');
    const phone = container.querySelector('bf-channel[kind="phone"]')!;
    expect(part(phone, 'value').checkVisibility()).to.equal(true);
    expect(part(phone, 'opening-hours').checkVisibility()).to.equal(false);
    expect(phone.querySelector('p')!.checkVisibility()).to.equal(false);
    expect(container.querySelector('address')!.checkVisibility()).to.equal(true);
  });

  it('fits 320 px without scrolling sideways', () => {
    const container = insert('alternative-channels');
    container.style.inlineSize = '320px';
    container.style.overflow = 'auto';
    expect(container.scrollWidth).to.be.at.most(container.clientWidth);
  });
});
