import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { formatStepLabel, shownStatuses } from '@belfry/components/stepper';
import type { BfStepper, StepChangeDetail } from '@belfry/components';
import { loadTokenStylesheet } from '../helpers/token-build.js';
import { warningsDuring } from '../helpers/warnings.js';
import {
  fiveSteps,
  link,
  part,
  readText,
  secondCurrent,
  settled,
  stepper,
  steps,
} from './fixture.js';

/** The polite announcer's text, once it has spoken. */
async function announced(): Promise<string> {
  const region = () => document.querySelector('[data-bf-announcer="polite"]');
  await waitUntil(() => region()?.textContent?.trim(), 'nothing was announced', { timeout: 3000 });
  return region()!.textContent!.replace(/\s+/g, ' ').trim();
}

/** Whether the citizen sees `element`: rendered, not skipped, and taking room. */
const shown = (element: Element) =>
  element.checkVisibility({ contentVisibilityAuto: true } as CheckVisibilityOptions) &&
  element.getBoundingClientRect().height > 0;

describe('bf-stepper', () => {
  afterEach(() => {
    for (const region of document.querySelectorAll('[data-bf-announcer]')) region.remove();
  });

  describe('on a wide screen', () => {
    it('shows "Step 2 of 5" above every step, and no button', async () => {
      const element = await stepper(fiveSteps(secondCurrent, { width: '60rem' }));
      expect(part(element, 'status')!.textContent!.trim()).to.equal('Step 2 of 5');
      expect(shown(part(element, 'status')!)).to.equal(true);
      expect(shown(part(element, 'toggle')!)).to.equal(false);
      for (const step of steps(element)) expect(shown(step), step.label).to.equal(true);
      // One row: every step starts at the same height.
      const tops = steps(element).map((step) => Math.round(step.getBoundingClientRect().top));
      expect(new Set(tops).size).to.equal(1);
    });

    it('numbers the steps and gives the current one aria-current="step"', async () => {
      const element = await stepper();
      expect(steps(element).map((step) => step.position)).to.deep.equal([1, 2, 3, 4, 5]);
      expect(steps(element).map((step) => step.getAttribute('aria-current'))).to.deep.equal([
        null,
        'step',
        null,
        null,
        null,
      ]);
      expect(element.currentStep).to.equal(2);
      expect(part(steps(element)[1]!, 'marker')!.textContent!.trim()).to.equal('2');
    });

    it('makes done steps with an address links back; the current and later steps are not links', async () => {
      const element = await stepper();
      const [done, current, ...later] = steps(element);
      expect(link(done!)!.getAttribute('href')).to.equal('#step-1');
      expect(link(current!)).to.equal(null);
      for (const step of later) {
        expect(link(step), step.label).to.equal(null);
        // Nothing in a step still to come can take focus.
        expect(step.shadowRoot!.querySelector('a, button, [tabindex]'), step.label).to.equal(null);
      }
    });

    it('links back to steps with an answer to correct or that were not needed', async () => {
      const element = await stepper(
        fiveSteps(['complete', 'error', 'skipped', 'current', 'upcoming']),
      );
      expect(steps(element).map((step) => link(step)?.getAttribute('href') ?? null)).to.deep.equal([
        '#step-1',
        '#step-2',
        '#step-3',
        null,
        null,
      ]);
    });

    it('says every state in words and draws each one differently, never by colour alone', async () => {
      const element = await stepper(
        fiveSteps(['complete', 'error', 'skipped', 'current', 'upcoming']),
      );
      expect(steps(element).map(readText)).to.deep.equal([
        'Your details (done)',
        'Your new address (correct your answer)',
        'Moving date (not needed)',
        // The current step: aria-current="step" says it, the browser reads "current step".
        'Who moves with you',
        'Check and send (not started)',
      ]);
      // The mark's text ("!", "–", a number) or its drawing (the tick, in CSS).
      const drawings = steps(element).map((step) => {
        const marker = part(step, 'marker')!;
        const tick = getComputedStyle(marker, '::before');
        return `${marker.textContent!.trim()}|${tick.content}|${tick.borderBottomStyle}`;
      });
      expect(drawings).to.deep.equal([
        '|""|solid',
        '!|none|none',
        '–|none|none',
        '4|none|none',
        '5|none|none',
      ]);
      expect(new Set(drawings).size).to.equal(5);
      // Current and still to come, both numbers, differ by fill and by the weight of the name.
      const style = (index: number, name: string) =>
        getComputedStyle(part(steps(element)[index]!, name)!);
      expect(style(3, 'marker').backgroundColor).to.not.equal(style(4, 'marker').backgroundColor);
      expect(Number(style(3, 'label').fontWeight)).to.be.greaterThan(
        Number(style(4, 'label').fontWeight),
      );
    });

    it('gives every link back a 44 px target', async () => {
      const element = await stepper(fiveSteps(['complete', 'complete', 'current']));
      for (const step of steps(element).slice(0, 2)) {
        expect(link(step)!.getBoundingClientRect().height).to.be.at.least(44);
      }
    });
  });

  describe('in every language', () => {
    it('says "Step 2 of 5" in the language of the page, and gives it for the heading', async () => {
      const expected = {
        nl: 'Stap 2 van 5',
        fr: 'Étape 2 sur 5',
        de: 'Schritt 2 von 5',
        en: 'Step 2 of 5',
      };
      const element = await stepper();
      const wrapper = element.parentElement!;
      for (const [lang, text] of Object.entries(expected)) {
        wrapper.lang = `${lang}-BE`;
        await waitUntil(() => part(element, 'status')!.textContent!.trim() === text, lang);
        expect(element.stepLabel).to.equal(text);
        expect(formatStepLabel(2, 5, `${lang}-BE`)).to.equal(text);
      }
      // A language Belfry does not have: English, marked as such.
      expect(formatStepLabel(2, 5, 'es')).to.equal('Step 2 of 5');
    });

    it('names the current step in the small-screen summary, in French with its space before ":"', async () => {
      const element = await stepper();
      element.parentElement!.lang = 'fr-BE';
      await waitUntil(() => part(element, 'toggle')!.textContent!.includes('Étape'));
      expect(part(element, 'toggle')!.textContent!.trim()).to.equal(
        'Étape 2 sur 5\u00a0: Your new address',
      );
    });

    it('says the state of each step in the page’s language', async () => {
      const element = await stepper();
      element.parentElement!.lang = 'nl-BE';
      await waitUntil(() => readText(steps(element)[0]!).includes('klaar'));
      expect(readText(steps(element)[4]!)).to.equal('Check and send (nog niet begonnen)');
    });
  });

  describe('moving on', () => {
    it('announces the new current step, and not the first one', async () => {
      const element = await stepper();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(document.querySelector('[data-bf-announcer]')?.textContent?.trim() ?? '').to.equal('');
      element.open = true;
      const [, second, third] = steps(element);
      second!.status = 'complete';
      third!.status = 'current';
      await settled(element);
      expect(await announced()).to.equal('Step 3 of 5: Moving date');
      expect(part(element, 'status')!.textContent!.trim()).to.equal('Step 3 of 5');
      expect(third!.getAttribute('aria-current')).to.equal('step');
      expect(link(second!)!.getAttribute('href')).to.equal('#step-2');
      // The small-screen list folds again, its button naming the new step.
      expect(element.open).to.equal(false);
    });

    it('follows a step renamed by the page (a new language in a single-page app)', async () => {
      const element = await stepper();
      steps(element)[1]!.textContent = 'Uw nieuwe adres';
      await settled(element);
      await element.updateComplete;
      expect(part(element, 'toggle')!.textContent).to.include('Uw nieuwe adres');
    });

    it('fires a cancelable bf-step-change when a link back is followed', async () => {
      const element = await stepper();
      const before = location.hash;
      element.addEventListener('bf-step-change', (event) => event.preventDefault(), { once: true });
      const heard = oneEvent(element, 'bf-step-change');
      link(steps(element)[0]!)!.click();
      const event = (await heard) as CustomEvent<StepChangeDetail>;
      expect(event.detail).to.deep.equal({ step: 1, href: '#step-1', label: 'Your details' });
      expect(event.cancelable).to.equal(true);
      expect(event.composed).to.equal(true);
      // Prevented: the single-page app shows the step itself; the link was not followed.
      expect(location.hash).to.equal(before);
    });

    it('leaves a click that opens a new tab to the browser: no bf-step-change', async () => {
      const element = await stepper();
      let fired = 0;
      element.addEventListener('bf-step-change', () => fired++);
      // The test page must not open a tab: stopped after the stepper has had its say.
      const stop = (event: Event) => event.preventDefault();
      document.addEventListener('click', stop);
      try {
        for (const modifier of ['ctrlKey', 'metaKey', 'shiftKey', 'altKey']) {
          const click = new MouseEvent('click', {
            bubbles: true,
            cancelable: true,
            composed: true,
            [modifier]: true,
          });
          link(steps(element)[0]!)!.dispatchEvent(click);
        }
        link(steps(element)[0]!)!.dispatchEvent(
          new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, button: 1 }),
        );
      } finally {
        document.removeEventListener('click', stop);
      }
      expect(fired).to.equal(0);
    });

    it('lets the link be followed when nobody prevents it (a site of several pages)', async () => {
      const element = await stepper();
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      link(steps(element)[0]!)!.dispatchEvent(click);
      expect(click.defaultPrevented).to.equal(false);
      // Firefox follows a same-page link a moment later.
      await waitUntil(() => location.hash === '#step-1', 'the link was not followed');
      history.replaceState(null, '', location.pathname + location.search);
    });
  });

  describe('on a small screen', () => {
    it('folds into "Step 2 of 5: Your new address" with a button that shows every step', async () => {
      const element = await stepper(fiveSteps(secondCurrent, { width: '20rem' }));
      const toggle = part(element, 'toggle') as HTMLButtonElement;
      expect(shown(toggle)).to.equal(true);
      expect(shown(part(element, 'status')!)).to.equal(false);
      expect(toggle.textContent!.trim()).to.equal('Step 2 of 5: Your new address');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal(part(element, 'panel')!.id);
      for (const step of steps(element)) expect(shown(step), step.label).to.equal(false);

      toggle.click();
      await element.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(element.open).to.equal(true);
      for (const step of steps(element)) expect(shown(step), step.label).to.equal(true);
      // One step under the other.
      const [a, b] = steps(element).map((step) => step.getBoundingClientRect());
      expect(b!.top).to.be.at.least(a!.bottom);

      toggle.click();
      await element.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(shown(steps(element)[0]!)).to.equal(false);
    });

    it('folds at the breakpoint.md token (48em), measured on the stepper, not the window', async () => {
      await loadTokenStylesheet();
      const tokenCss = getComputedStyle(document.documentElement)
        .getPropertyValue('--bf-breakpoint-md')
        .trim();
      expect(tokenCss).to.equal('48em');
      const folded = async (width: string) => {
        const element = await stepper(fiveSteps(secondCurrent, { width }));
        const result = shown(part(element, 'toggle')!);
        element.parentElement!.remove();
        return { element, result };
      };
      const justBelow = await folded('767px');
      expect(justBelow.result, '767 px').to.equal(true);
      // The queries the browser got, in the stepper's and the steps' own sheets.
      const queries = [justBelow.element, justBelow.element.steps[0]!]
        .flatMap((host) => [...host.shadowRoot!.adoptedStyleSheets])
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSContainerRule => rule instanceof CSSContainerRule)
        .map((rule) => rule.conditionText.replace(/\s+/g, ''));
      expect(new Set(queries)).to.deep.equal(new Set([`(width<${tokenCss})`]));
      expect((await folded('768px')).result, '768 px').to.equal(false);
      // A citizen who sets a larger text size (20 px) gets the folded stepper in the same 768 px.
      document.documentElement.style.fontSize = '20px';
      try {
        expect((await folded('768px')).result, '768 px, 20 px text').to.equal(true);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });

    it('opens when find-in-page finds a step in it', async () => {
      const element = await stepper(fiveSteps(secondCurrent, { width: '20rem' }));
      part(element, 'panel')!.dispatchEvent(new Event('beforematch'));
      await element.updateComplete;
      expect(element.open).to.equal(true);
    });

    it('at 320 px: no sideways scrolling, 44 px targets, folded or open', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const wrapper = await fixture<HTMLElement>(
          html`<div style="inline-size: 288px" lang="de">
            <bf-stepper>
              <bf-stepper-step status="complete" href="#1">Ihre Angaben</bf-stepper-step>
              <bf-stepper-step status="complete" href="#2"
                >Ihre neue Adresse mit Hausnummer und Postleitzahl</bf-stepper-step
              >
              <bf-stepper-step status="current">Umzugsdatum</bf-stepper-step>
              <bf-stepper-step>Mitumziehende Personen</bf-stepper-step>
              <bf-stepper-step>Überprüfen und absenden</bf-stepper-step>
            </bf-stepper>
          </div>`,
        );
        const element = wrapper.querySelector('bf-stepper')!;
        await settled(element);
        const toggle = part(element, 'toggle')!;
        expect(toggle.getBoundingClientRect().height).to.be.at.least(44);
        expect(wrapper.scrollWidth).to.be.at.most(288);
        toggle.click();
        await element.updateComplete;
        for (const step of steps(element).slice(0, 2)) {
          expect(link(step)!.getBoundingClientRect().height).to.be.at.least(44);
        }
        expect(wrapper.scrollWidth).to.be.at.most(288);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('bad input', () => {
    it('without a current step, makes the first step not done current, and warns', async () => {
      let element!: BfStepper;
      const warnings = await warningsDuring(async () => {
        element = await stepper(fiveSteps(['complete', 'upcoming', 'upcoming']));
      });
      expect(element.currentStep).to.equal(2);
      expect(steps(element)[1]!.getAttribute('aria-current')).to.equal('step');
      expect(warnings.join('\n')).to.match(/no step with status="current"/);
    });

    it('with every step done, makes the last one current', () => {
      expect(shownStatuses(['complete', 'skipped', 'complete'])).to.deep.equal([
        'complete',
        'skipped',
        'current',
      ]);
      expect(shownStatuses([])).to.deep.equal([]);
    });

    it('with two current steps, keeps the first and shows the other as still to come', async () => {
      let element!: BfStepper;
      const warnings = await warningsDuring(async () => {
        element = await stepper(fiveSteps(['complete', 'current', 'current']));
      });
      expect(steps(element).map((step) => step.getAttribute('aria-current'))).to.deep.equal([
        null,
        'step',
        null,
        null,
        null,
      ]);
      expect(readText(steps(element)[2]!)).to.equal('Moving date (not started)');
      expect(warnings.join('\n')).to.match(/more than one step with status="current"/);
    });

    it('shows an unknown status as still to come, not a link, and warns', async () => {
      let element!: BfStepper;
      const warnings = await warningsDuring(async () => {
        element = await stepper(fiveSteps(['complete', 'current', 'finished']));
      });
      expect(link(steps(element)[2]!)).to.equal(null);
      expect(readText(steps(element)[2]!)).to.equal('Moving date (not started)');
      expect(warnings.join('\n')).to.match(/status="finished" is not complete, current/);
    });

    it('does not make a link of an unsafe address', async () => {
      const element = await stepper(
        html`<bf-stepper>
          <bf-stepper-step status="complete" href="javascript:alert(1)"
            >Your details</bf-stepper-step
          >
          <bf-stepper-step status="current">Your new address</bf-stepper-step>
        </bf-stepper>`,
      );
      expect(link(steps(element)[0]!)).to.equal(null);
      expect(readText(steps(element)[0]!)).to.equal('Your details (done)');
    });

    it('without steps, shows no "Step 0 of 0" and warns', async () => {
      let element!: BfStepper;
      const warnings = await warningsDuring(async () => {
        element = await stepper(html`<bf-stepper></bf-stepper>`);
      });
      expect(part(element, 'status')!.textContent!.trim()).to.equal('');
      expect(element.stepLabel).to.equal('');
      expect(warnings.join('\n')).to.match(/has no <bf-stepper-step> children/);
    });
  });
});
