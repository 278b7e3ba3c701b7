import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '@belfry/components/accordion';
import type { BfAccordion, BfAccordionItem, AccordionToggleDetail } from '@belfry/components';
import { forEachLocale, settle } from '../helpers/locales.js';

const button = (item: BfAccordionItem) =>
  item.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
const panel = (item: BfAccordionItem) =>
  item.shadowRoot!.querySelector<HTMLElement>('[part="content"]')!;
const heading = (item: BfAccordionItem) =>
  item.shadowRoot!.querySelector<HTMLElement>('[part="heading"]')!;
const toggleAll = (accordion: BfAccordion) =>
  accordion.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle-all"]')!;
/**
 * Whether the citizen sees the section's text: the browser renders it (content-visibility does
 * not skip it) and its panel takes room.
 */
const shown = (item: BfAccordionItem) =>
  item.querySelector('p')!.checkVisibility() && panel(item).getBoundingClientRect().height > 0;

async function accordion(markup = threeSections()): Promise<[BfAccordion, BfAccordionItem[]]> {
  const element = await fixture<BfAccordion>(markup);
  const items = [...element.querySelectorAll('bf-accordion-item')];
  await Promise.all(items.map((item) => item.updateComplete));
  await element.updateComplete;
  return [element, items];
}

function threeSections(level?: number) {
  return html`<bf-accordion heading-level=${level ?? 2}>
    <bf-accordion-item heading="Who can apply"><p>Every resident of Belgium.</p></bf-accordion-item>
    <bf-accordion-item heading="What you need" open
      ><p>Your eID and its PIN code.</p></bf-accordion-item
    >
    <bf-accordion-item heading="How long it takes"><p>About four weeks.</p></bf-accordion-item>
  </bf-accordion>`;
}

describe('bf-accordion', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  describe('sections', () => {
    it('renders each heading as a real heading that holds a button', async () => {
      const [, items] = await accordion();
      for (const item of items) {
        expect(heading(item).localName).to.equal('h2');
        expect(heading(item).firstElementChild).to.equal(button(item));
        expect(button(item).textContent!.trim()).to.equal(item.heading);
        expect(button(item).getAttribute('aria-controls')).to.equal(panel(item).id);
      }
    });

    it('shows the content of open sections only, and says so with aria-expanded', async () => {
      const [, [first, second]] = await accordion();
      expect(shown(first!)).to.equal(false);
      expect(button(first!).getAttribute('aria-expanded')).to.equal('false');
      expect(panel(first!).getAttribute('hidden')).to.equal('until-found');
      expect(shown(second!)).to.equal(true);
      expect(button(second!).getAttribute('aria-expanded')).to.equal('true');
      expect(panel(second!).hasAttribute('hidden')).to.equal(false);
    });

    it('opens and closes a section with its button, and reflects open', async () => {
      const [, [first]] = await accordion();
      button(first!).click();
      await first!.updateComplete;
      expect(first!.open).to.equal(true);
      expect(first!.hasAttribute('open')).to.equal(true);
      expect(shown(first!)).to.equal(true);
      button(first!).click();
      await first!.updateComplete;
      expect(first!.hasAttribute('open')).to.equal(false);
      expect(shown(first!)).to.equal(false);
    });

    it('fires bf-accordion-toggle with the new state and what caused it', async () => {
      const [element, [first]] = await accordion();
      const seen: AccordionToggleDetail[] = [];
      element.addEventListener('bf-accordion-toggle', (event) => seen.push(event.detail));
      button(first!).click();
      await first!.updateComplete;
      first!.open = false;
      await first!.updateComplete;
      first!.show();
      await first!.updateComplete;
      first!.hide();
      await first!.updateComplete;
      expect(seen).to.deep.equal([
        { open: true, source: 'user' },
        { open: false, source: 'script' },
        { open: true, source: 'script' },
        { open: false, source: 'script' },
      ]);
    });

    it('fires no toggle event for the state it starts in', async () => {
      let events = 0;
      document.addEventListener('bf-accordion-toggle', () => events++);
      await accordion();
      await settle();
      expect(events).to.equal(0);
    });

    it('opens a section whose hidden text the browser’s find-in-page matched (beforematch)', async () => {
      const [element, [first]] = await accordion();
      const toggled = oneEvent(element, 'bf-accordion-toggle');
      // What the browser fires on a hidden="until-found" element before it reveals a match.
      panel(first!).dispatchEvent(new Event('beforematch', { bubbles: true }));
      const { detail } = await toggled;
      expect(detail).to.deep.equal({ open: true, source: 'find' });
      expect(first!.open).to.equal(true);
      expect(button(first!).getAttribute('aria-expanded')).to.equal('true');
    });

    it('opens a closed section when the browser’s search finds its text (Firefox)', async function () {
      // Firefox's window.find() reveals hidden="until-found" content as its find bar does;
      // Chromium's window.find() finds the text but reveals nothing (its find bar does, which a
      // test cannot drive), so Chromium is covered by the beforematch test above.
      if (!navigator.userAgent.includes('Firefox')) this.skip();
      const [, [, , third]] = await accordion();
      const find = (window as unknown as { find: (text: string) => boolean }).find;
      expect(find('About four weeks')).to.equal(true);
      await waitUntil(() => third!.open, 'the section that holds the text opens');
      expect(shown(third!)).to.equal(true);
    });

    it('takes its heading level from its own heading-level, else the accordion, else 2', async () => {
      const [, items] = await accordion(threeSections(3));
      expect(items.map((item) => heading(item).localName)).to.deep.equal(['h3', 'h3', 'h3']);
      const own = await fixture<BfAccordion>(
        html`<bf-accordion heading-level="3">
          <bf-accordion-item heading="A" heading-level="4"><p>a</p></bf-accordion-item>
        </bf-accordion>`,
      );
      const item = own.querySelector('bf-accordion-item')!;
      await item.updateComplete;
      expect(heading(item).localName).to.equal('h4');
      const alone = await fixture<BfAccordionItem>(
        html`<bf-accordion-item heading="B"><p>b</p></bf-accordion-item>`,
      );
      expect(heading(alone).localName).to.equal('h2');
    });

    it('warns about a bad heading-level and keeps a heading in the outline', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const item = await fixture<BfAccordionItem>(
          html`<bf-accordion-item heading="Wie" heading-level="9"><p>x</p></bf-accordion-item>`,
        );
        expect(heading(item).localName).to.equal('h2');
        expect(warnings.join('\n')).to.match(/heading-level="9"/);
      } finally {
        console.warn = original;
      }
    });

    it('warns about a section without a heading, and still renders its content', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const item = await fixture<BfAccordionItem>(
          html`<bf-accordion-item open><p>Tekst</p></bf-accordion-item>`,
        );
        expect(warnings.join('\n')).to.match(/bf-accordion-item.*no heading/);
        expect(shown(item)).to.equal(true);
      } finally {
        console.warn = original;
      }
    });

    it('renders a heading with markup as text, never as HTML', async () => {
      const item = await fixture<BfAccordionItem>(
        html`<bf-accordion-item heading=${'<img src=x onerror=alert(1)>'}></bf-accordion-item>`,
      );
      expect(item.shadowRoot!.querySelector('img')).to.equal(null);
      expect(button(item).textContent!.trim()).to.equal('<img src=x onerror=alert(1)>');
    });

    it('offers a target of at least 44 px high across the full width', async () => {
      const [element, items] = await accordion();
      for (const item of items) {
        const box = button(item).getBoundingClientRect();
        expect(box.height).to.be.at.least(44);
        expect(box.width).to.equal(element.getBoundingClientRect().width);
      }
      const all = toggleAll(element).getBoundingClientRect();
      expect(all.height).to.be.at.least(44);
      expect(all.width).to.be.at.least(44);
    });

    it('wraps long headings at 320 px instead of scrolling sideways', async () => {
      const wrapper = await fixture(
        html`<div style="inline-size: 320px">
          <bf-accordion>
            <bf-accordion-item
              heading="Arbeidsongeschiktheidsverzekering voor zelfstandigen en meewerkende echtgenoten"
              ><p>Tekst</p></bf-accordion-item
            >
          </bf-accordion>
        </div>`,
      );
      const item = wrapper.querySelector('bf-accordion-item')!;
      await item.updateComplete;
      expect(button(item).scrollWidth).to.be.at.most(button(item).clientWidth);
      expect(wrapper.scrollWidth).to.be.at.most(320);
    });
  });

  describe('Show all sections', () => {
    it('opens every section, then closes them all, and its text follows', async () => {
      document.documentElement.lang = 'en';
      const [element, items] = await accordion();
      const all = toggleAll(element);
      expect(all.textContent!.trim()).to.equal('Show all sections');
      expect(all.getAttribute('aria-expanded')).to.equal('false');
      const seen: string[] = [];
      element.addEventListener('bf-accordion-toggle', (event) => seen.push(event.detail.source));
      all.click();
      await Promise.all(items.map((item) => item.updateComplete));
      await element.updateComplete;
      expect(items.every((item) => item.open && shown(item))).to.equal(true);
      expect(all.textContent!.trim()).to.equal('Hide all sections');
      expect(all.getAttribute('aria-expanded')).to.equal('true');
      // Only the two that were closed changed.
      expect(seen).to.deep.equal(['all', 'all']);
      all.click();
      await Promise.all(items.map((item) => item.updateComplete));
      await element.updateComplete;
      expect(items.some((item) => item.open || shown(item))).to.equal(false);
      expect(all.textContent!.trim()).to.equal('Show all sections');
    });

    it('follows the sections opened one by one', async () => {
      document.documentElement.lang = 'en';
      const [element, [first, , third]] = await accordion();
      button(first!).click();
      await first!.updateComplete;
      await element.updateComplete;
      expect(toggleAll(element).textContent!.trim()).to.equal('Show all sections');
      third!.open = true;
      await third!.updateComplete;
      await element.updateComplete;
      expect(toggleAll(element).textContent!.trim()).to.equal('Hide all sections');
      button(third!).click();
      await third!.updateComplete;
      await element.updateComplete;
      expect(toggleAll(element).textContent!.trim()).to.equal('Show all sections');
    });

    it('says "Hide all sections" from the start when every section is written open', async () => {
      document.documentElement.lang = 'en';
      const [element] = await accordion(
        html`<bf-accordion>
          <bf-accordion-item heading="A" open><p>a</p></bf-accordion-item>
          <bf-accordion-item heading="B" open><p>b</p></bf-accordion-item>
        </bf-accordion>`,
      );
      expect(toggleAll(element).textContent!.trim()).to.equal('Hide all sections');
    });

    it('follows sections added and removed later', async () => {
      document.documentElement.lang = 'en';
      const [element, items] = await accordion();
      element.showAll();
      await Promise.all(items.map((item) => item.updateComplete));
      const added = document.createElement('bf-accordion-item');
      added.heading = 'Costs';
      element.append(added);
      await added.updateComplete;
      await settle();
      expect(toggleAll(element).textContent!.trim()).to.equal('Show all sections');
      added.remove();
      await settle();
      expect(toggleAll(element).textContent!.trim()).to.equal('Hide all sections');
    });

    it('lets a page script list its sections and open or close them all', async () => {
      document.documentElement.lang = 'en';
      const [element, items] = await accordion();
      expect(element.items).to.deep.equal(items);
      element.showAll();
      await Promise.all(items.map((item) => item.updateComplete));
      expect(items.map(shown)).to.deep.equal([true, true, true]);
      element.hideAll();
      await Promise.all(items.map((item) => item.updateComplete));
      await settle();
      expect(items.map(shown)).to.deep.equal([false, false, false]);
      expect(items.map((item) => item.open)).to.deep.equal([false, false, false]);
      expect(toggleAll(element).textContent!.trim()).to.equal('Show all sections');
    });

    it('speaks the page’s language', async () => {
      const texts: string[] = [];
      await forEachLocale(async () => {
        const [element] = await accordion();
        texts.push(toggleAll(element).textContent!.trim());
        element.showAll();
        await settle();
        texts.push(toggleAll(element).textContent!.trim());
      });
      expect(texts).to.deep.equal([
        'Alle onderdelen tonen',
        'Alle onderdelen verbergen',
        'Afficher toutes les sections',
        'Masquer toutes les sections',
        'Alle Abschnitte anzeigen',
        'Alle Abschnitte ausblenden',
        'Show all sections',
        'Hide all sections',
      ]);
    });
  });
});
