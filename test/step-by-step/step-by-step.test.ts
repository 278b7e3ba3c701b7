import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { forgetOpen } from '@belfry/core';
import type { BfStepByStep, BfStepByStepItem, StepByStepToggleDetail } from '@belfry/components';
import { forEachLocale, settle } from '../helpers/locales.js';
import { warningsDuring } from '../helpers/warnings.js';
import {
  button,
  heading,
  marker,
  movingHouse,
  panel,
  shown,
  shownNumber,
  status,
  steps,
  toggleAll,
} from './parts.js';

const settleAll = async (list: BfStepByStep, items: BfStepByStepItem[]) => {
  await Promise.all(items.map((item) => item.updateComplete));
  await list.updateComplete;
};

describe('bf-step-by-step', () => {
  beforeEach(() => (document.documentElement.lang = 'en'));
  afterEach(() => {
    document.documentElement.removeAttribute('lang');
    forgetOpen('test-moving');
  });

  describe('steps', () => {
    it('numbers the steps, and shows "or" instead of a number on an alternative step', async () => {
      const [, items] = await steps();
      expect(items.map(shownNumber)).to.deep.equal(['Step 1', 'Step 2', 'Step 3', 'or']);
      expect(marker(items[3]!).textContent!.trim()).to.equal('or');
    });

    it('shows "and" on a step done as well, which shares the number before it', async () => {
      const [, items] = await steps(
        html`<bf-step-by-step>
          <bf-step-by-step-item heading="A"><p>a</p></bf-step-by-step-item>
          <bf-step-by-step-item heading="B" logic="and"><p>b</p></bf-step-by-step-item>
          <bf-step-by-step-item heading="C"><p>c</p></bf-step-by-step-item>
        </bf-step-by-step>`,
      );
      expect(items.map(shownNumber)).to.deep.equal(['Step 1', 'and', 'Step 2']);
      expect(marker(items[1]!).textContent!.trim()).to.equal('and');
    });

    it('numbers a step with an unknown logic, with a warning', async () => {
      const warnings = await warningsDuring(async () => {
        const [, items] = await steps(
          html`<bf-step-by-step>
            <bf-step-by-step-item heading="A"><p>a</p></bf-step-by-step-item>
            <bf-step-by-step-item heading="B" logic="maybe"><p>b</p></bf-step-by-step-item>
          </bf-step-by-step>`,
        );
        expect(items.map(shownNumber)).to.deep.equal(['Step 1', 'Step 2']);
      });
      expect(warnings.join('\n')).to.match(/logic="maybe" is not "and" or "or"/);
    });

    it('renders each heading as a real heading that holds the button', async () => {
      const [, items] = await steps();
      for (const item of items) {
        expect(heading(item).localName).to.equal('h2');
        expect(heading(item).firstElementChild).to.equal(button(item));
        expect(button(item).getAttribute('aria-controls')).to.equal(panel(item).id);
      }
      expect(button(items[0]!).textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Step 1 Change your address',
      );
      expect(button(items[1]!).textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Step 2 Tell your employer (optional)',
      );
    });

    it('takes its heading level from its own heading-level, else the list, else 2', async () => {
      const [, items] = await steps(movingHouse({ level: 3 }));
      expect(items.map((item) => heading(item).localName)).to.deep.equal(['h3', 'h3', 'h3', 'h3']);
      const alone = await fixture<BfStepByStepItem>(
        html`<bf-step-by-step-item heading="B" heading-level="4"><p>b</p></bf-step-by-step-item>`,
      );
      expect(heading(alone).localName).to.equal('h4');
    });

    it('shows the content of open steps only, and says so with aria-expanded', async () => {
      const [, [first, , third]] = await steps();
      expect(shown(first!)).to.equal(false);
      expect(button(first!).getAttribute('aria-expanded')).to.equal('false');
      expect(panel(first!).getAttribute('hidden')).to.equal('until-found');
      expect(shown(third!)).to.equal(true);
      expect(button(third!).getAttribute('aria-expanded')).to.equal('true');
    });

    it('opens and closes a step with its heading, firing bf-step-by-step-toggle', async () => {
      const [list, [first]] = await steps();
      const seen: StepByStepToggleDetail[] = [];
      list.addEventListener('bf-step-by-step-toggle', (event) => seen.push(event.detail));
      button(first!).click();
      await first!.updateComplete;
      expect(first!.hasAttribute('open')).to.equal(true);
      expect(shown(first!)).to.equal(true);
      first!.hide();
      await first!.updateComplete;
      expect(shown(first!)).to.equal(false);
      expect(seen).to.deep.equal([
        { open: true, source: 'user' },
        { open: false, source: 'script' },
      ]);
    });

    it('lets a page script list its steps, open one, and open or close them all', async () => {
      const [list, items] = await steps();
      expect(list.items).to.deep.equal(items);
      const seen: StepByStepToggleDetail[] = [];
      list.addEventListener('bf-step-by-step-toggle', (event) => seen.push(event.detail));
      items[0]!.show();
      await items[0]!.updateComplete;
      expect(shown(items[0]!)).to.equal(true);
      expect(seen).to.deep.equal([{ open: true, source: 'script' }]);
      list.showAll();
      await settleAll(list, items);
      expect(items.map(shown)).to.deep.equal([true, true, true, true]);
      list.hideAll();
      await settleAll(list, items);
      expect(items.map(shown)).to.deep.equal([false, false, false, false]);
      expect(toggleAll(list).textContent!.trim()).to.match(/^Show all/);
    });

    it('opens a step whose hidden text the browser’s find-in-page matched', async () => {
      const [list, [first]] = await steps();
      const toggled = oneEvent(list, 'bf-step-by-step-toggle');
      panel(first!).dispatchEvent(new Event('beforematch', { bubbles: true }));
      expect((await toggled).detail).to.deep.equal({ open: true, source: 'find' });
      expect(first!.open).to.equal(true);
    });

    it('renders a heading with markup as text, never as HTML', async () => {
      const item = await fixture<BfStepByStepItem>(
        html`<bf-step-by-step-item
          heading=${'<img src=x onerror=alert(1)>'}
        ></bf-step-by-step-item>`,
      );
      expect(item.shadowRoot!.querySelector('img')).to.equal(null);
      expect(button(item).textContent).to.include('<img src=x onerror=alert(1)>');
    });

    it('warns about a step without a heading, and still renders its content', async () => {
      const warnings = await warningsDuring(async () => {
        const item = await fixture<BfStepByStepItem>(
          html`<bf-step-by-step-item open><p>Tekst</p></bf-step-by-step-item>`,
        );
        expect(shown(item)).to.equal(true);
      });
      expect(warnings.join('\n')).to.match(/bf-step-by-step-item.*no heading/);
    });
  });

  describe('statuses', () => {
    it('shows each status in words with an icon, and describes the heading with it', async () => {
      const looks: [string, string, string][] = [];
      for (const value of ['not-started', 'in-progress', 'done', 'action-needed']) {
        const item = await fixture<BfStepByStepItem>(
          html`<bf-step-by-step-item heading="Tell your health insurer" status=${value}
            ><p>x</p></bf-step-by-step-item
          >`,
        );
        const line = status(item)!;
        const tag = line.querySelector('bf-tag')!;
        const icon = tag.querySelector('bf-icon')!;
        await icon.updateComplete;
        // An icon of its own per status: never the colour alone.
        const drawing = icon.shadowRoot!.querySelector('path')!.getAttribute('d')!;
        looks.push([tag.textContent!.trim(), tag.getAttribute('variant')!, drawing]);
        expect(button(item).getAttribute('aria-describedby')).to.equal(line.id);
        expect(line.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
          `Status: ${tag.textContent!.trim()}`,
        );
      }
      expect(looks.map(([text, variant]) => [text, variant])).to.deep.equal([
        ['Not started', 'neutral'],
        ['In progress', 'info'],
        ['Done', 'success'],
        ['Action needed', 'warning'],
      ]);
      expect(new Set(looks.map(([, , drawing]) => drawing)).size).to.equal(4);
    });

    it('shows no status without one, and none for an unknown one (with a warning)', async () => {
      const [, items] = await steps();
      expect(status(items[2]!)).to.equal(null);
      expect(button(items[2]!).hasAttribute('aria-describedby')).to.equal(false);
      const warnings = await warningsDuring(async () => {
        const item = await fixture<BfStepByStepItem>(
          html`<bf-step-by-step-item heading="A" status="finished"><p>a</p></bf-step-by-step-item>`,
        );
        expect(status(item)).to.equal(null);
      });
      expect(warnings.join('\n')).to.match(/status="finished" is unknown/);
    });

    it('says the statuses, "Step", "or" and "(optional)" in each language', async () => {
      const seen: string[] = [];
      await forEachLocale(async () => {
        const [list, items] = await steps();
        await settle();
        await settleAll(list, items);
        seen.push(
          [
            toggleAll(list).textContent!.trim(),
            button(items[1]!).textContent!.replace(/\s+/g, ' ').trim(),
            status(items[0]!)!.textContent!.replace(/\s+/g, ' ').trim(),
            marker(items[3]!).textContent!.trim(),
          ].join(' | '),
        );
      });
      expect(seen).to.deep.equal([
        'Alle stappen tonen | Stap 2 Tell your employer (niet verplicht) | Status: Klaar | of',
        'Afficher toutes les étapes | Étape 2 Tell your employer (facultatif) | Statut : Terminé | ou',
        'Alle Schritte anzeigen | Schritt 2 Tell your employer (freiwillig) | Status: Erledigt | oder',
        'Show all steps | Step 2 Tell your employer (optional) | Status: Done | or',
      ]);
    });
  });

  describe('Show all steps', () => {
    it('opens every step, then closes them all, and its text follows', async () => {
      const [list, items] = await steps();
      const all = toggleAll(list);
      expect(all.textContent!.trim()).to.equal('Show all steps');
      expect(all.getAttribute('aria-expanded')).to.equal('false');
      all.click();
      await settleAll(list, items);
      expect(items.every((item) => item.open && shown(item))).to.equal(true);
      expect(all.textContent!.trim()).to.equal('Hide all steps');
      expect(all.getAttribute('aria-expanded')).to.equal('true');
      all.click();
      await settleAll(list, items);
      expect(items.some((item) => item.open || shown(item))).to.equal(false);
      expect(all.textContent!.trim()).to.equal('Show all steps');
    });

    it('follows the steps opened one by one', async () => {
      const [list, items] = await steps();
      for (const item of items.filter((step) => !step.open)) {
        button(item).click();
        await settleAll(list, items);
      }
      expect(toggleAll(list).textContent!.trim()).to.equal('Hide all steps');
      button(items[0]!).click();
      await settleAll(list, items);
      expect(toggleAll(list).textContent!.trim()).to.equal('Show all steps');
    });
  });

  describe('remembering open steps for the session', () => {
    it('opens again, on the next page in this tab, the steps the citizen opened', async () => {
      const [list, [first, , third]] = await steps(movingHouse({ remember: 'test-moving' }));
      button(first!).click();
      button(third!).click();
      await settleAll(list, [first!, third!]);
      list.remove();

      const [, again] = await steps(movingHouse({ remember: 'test-moving' }));
      expect(again.map((item) => item.open)).to.deep.equal([true, false, false, false]);
      expect(shown(again[0]!)).to.equal(true);
      expect(button(again[0]!).getAttribute('aria-expanded')).to.equal('true');
    });

    it('keeps "Show all steps" too, and forgets on forgetOpenSteps()', async () => {
      const [list, items] = await steps(movingHouse({ remember: 'test-moving' }));
      toggleAll(list).click();
      await settleAll(list, items);
      list.remove();
      const [again, reopened] = await steps(movingHouse({ remember: 'test-moving' }));
      expect(reopened.every((item) => item.open)).to.equal(true);
      expect(toggleAll(again).textContent!.trim()).to.equal('Hide all steps');
      again.forgetOpenSteps();
      again.remove();
      const [, fresh] = await steps(movingHouse({ remember: 'test-moving' }));
      expect(fresh.map((item) => item.open)).to.deep.equal([false, false, true, false]);
    });

    it('keeps nothing without remember or id', async () => {
      const before = sessionStorage.length;
      const [list, [first]] = await steps();
      button(first!).click();
      await settleAll(list, [first!]);
      expect(sessionStorage.length).to.equal(before);
    });

    it('ignores a corrupt memory and keeps the written state', async () => {
      sessionStorage.setItem('belfry-open:test-moving', '{"format":"belfry-open","version":1');
      const [, items] = await steps(movingHouse({ remember: 'test-moving' }));
      expect(items.map((item) => item.open)).to.deep.equal([false, false, true, false]);
    });
  });

  describe('layout', () => {
    it('offers targets of at least 44 px high across the full width', async () => {
      const [list, items] = await steps();
      for (const item of items) {
        const box = button(item).getBoundingClientRect();
        expect(box.height).to.be.at.least(44);
        expect(box.width).to.equal(list.getBoundingClientRect().width);
      }
      expect(toggleAll(list).getBoundingClientRect().height).to.be.at.least(44);
    });

    for (const variant of ['page', 'compact']) {
      it(`${variant}: fits 320 px without scrolling sideways`, async () => {
        const wrapper = await fixture(
          html`<div style="inline-size: 320px">
            <bf-step-by-step variant=${variant}>
              <bf-step-by-step-item
                heading="Uw adreswijziging doorgeven aan de kinderbijslagfonds en de ziekenfondsverzekering"
                status="action-needed"
                open
                ><p>
                  Geef uw nieuwe adres door aan het Kinderbijslagfonds via
                  <a href="#fonds">uw dossier bij het fonds</a>.
                </p></bf-step-by-step-item
              >
              <bf-step-by-step-item heading="Energieleverancier" logic="or"
                ><p>Tekst</p></bf-step-by-step-item
              >
            </bf-step-by-step>
          </div>`,
        );
        const items = [...wrapper.querySelectorAll('bf-step-by-step-item')];
        await Promise.all(items.map((item) => item.updateComplete));
        for (const item of items) {
          expect(button(item).scrollWidth).to.be.at.most(button(item).clientWidth);
        }
        expect(wrapper.scrollWidth).to.be.at.most(320);
      });
    }

    it('stays usable at 400 % zoom (320 × 256) with text twice as large: nothing sideways', async () => {
      await setViewport({ width: 320, height: 256 });
      document.documentElement.style.fontSize = '200%';
      try {
        const [list, items] = await steps(
          html`<bf-step-by-step>
            <bf-step-by-step-item
              heading="Uw kinderbijslagfonds verwittigen"
              status="action-needed"
              open
              ><p>Geef uw nieuwe adres door aan het fonds.</p></bf-step-by-step-item
            >
            <bf-step-by-step-item heading="Een nieuwe energieleverancier kiezen" logic="or" optional
              ><p>Vergelijk de prijzen.</p></bf-step-by-step-item
            >
          </bf-step-by-step>`,
        );
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        for (const item of items) {
          expect(button(item).scrollWidth).to.be.at.most(button(item).clientWidth);
          expect(button(item).getBoundingClientRect().right).to.be.at.most(320);
        }
        const tag = status(items[0]!)!.querySelector('bf-tag')!;
        expect(tag.getBoundingClientRect().right).to.be.at.most(320);
        expect(toggleAll(list).getBoundingClientRect().right).to.be.at.most(320);
      } finally {
        document.documentElement.style.fontSize = '';
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('is smaller in the compact (sidebar) variant', async () => {
      const [page, [pageStep]] = await steps();
      const [compact, [compactStep]] = await steps(
        html`<bf-step-by-step variant="compact">
          <bf-step-by-step-item heading="Change your address"><p>a</p></bf-step-by-step-item>
        </bf-step-by-step>`,
      );
      expect(compact.getAttribute('variant')).to.equal('compact');
      expect(page.getAttribute('variant')).to.equal('page');
      const size = (item: BfStepByStepItem) => parseFloat(getComputedStyle(heading(item)).fontSize);
      expect(size(compactStep!)).to.be.lessThan(size(pageStep!));
      expect(marker(compactStep!).getBoundingClientRect().width).to.be.lessThan(
        marker(pageStep!).getBoundingClientRect().width,
      );
    });
  });
});
