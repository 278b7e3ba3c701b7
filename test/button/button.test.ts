import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '@belfry/components/button';
import { BfButton, buttonVariants, registerStrings } from '@belfry/components';
import { expectAccessible } from '../helpers/a11y.js';
import { forEachLocale, settle } from '../helpers/locales.js';

const base = (el: BfButton) => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
/** The "Loading" text that is part of the busy button's name. */
const busyText = (el: BfButton) => el.shadowRoot!.querySelector('[part="base"] .visually-hidden')!;
/** What the page's polite announcer says now. */
const announced = () =>
  document.querySelector('[data-bf-announcer="polite"]')?.textContent?.trim() ?? '';

/** Submits `form` through a click on `button` and resolves with the submitted data. */
async function submittedData(form: HTMLFormElement, act: () => void): Promise<FormData | null> {
  let data: FormData | null = null;
  const listener = (event: SubmitEvent) => {
    event.preventDefault();
    data = new FormData(form, event.submitter);
  };
  form.addEventListener('submit', listener);
  act();
  await aTimeout(0);
  form.removeEventListener('submit', listener);
  return data;
}

describe('bf-button', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  describe('rendering', () => {
    it('renders a native button named by its text', async () => {
      const el = await fixture<BfButton>(html`<bf-button>Send application</bf-button>`);
      const button = base(el);
      expect(button.localName).to.equal('button');
      expect(button.getAttribute('type')).to.equal('button');
      expect(el.textContent).to.equal('Send application');
      expect(el.variant).to.equal('primary');
    });

    it('renders each variant with its own colours', async () => {
      const backgrounds = new Set<string>();
      for (const variant of buttonVariants) {
        const el = await fixture<BfButton>(html`<bf-button variant=${variant}>Go</bf-button>`);
        expect(base(el).classList.contains(`button--${variant}`)).to.equal(true);
        backgrounds.add(
          `${getComputedStyle(base(el)).backgroundColor}|${getComputedStyle(base(el)).color}`,
        );
      }
      expect(backgrounds.size).to.equal(buttonVariants.length);
    });

    it('falls back to primary for an unknown variant, without throwing', async () => {
      const el = await fixture<BfButton>(html`<bf-button variant="shiny">Go</bf-button>`);
      expect(base(el).classList.contains('button--primary')).to.equal(true);
    });

    it('offers a touch target of at least 44 × 44 CSS pixels, even for one character', async () => {
      for (const variant of buttonVariants) {
        const el = await fixture<BfButton>(html`<bf-button variant=${variant}>x</bf-button>`);
        const box = base(el).getBoundingClientRect();
        expect(box.width, variant).to.be.at.least(44);
        expect(box.height, variant).to.be.at.least(44);
      }
    });

    it('wraps a long label instead of overflowing a 320 px screen', async () => {
      const wrapper = await fixture(
        html`<div style="inline-size: 288px">
          <bf-button
            >Een aanvraag indienen voor een tegemoetkoming aan personen met een handicap</bf-button
          >
        </div>`,
      );
      const el = wrapper.querySelector<BfButton>('bf-button')!;
      expect(base(el).getBoundingClientRect().width).to.be.at.most(288);
      expect(base(el).scrollWidth).to.be.at.most(base(el).clientWidth);
    });

    it('never breaks a word while the page has room: a squeezed button grows instead', async () => {
      const grid = await fixture(
        html`<div style="display: grid; grid-template-columns: auto auto; inline-size: 100px">
          <bf-button>Verzenden</bf-button><bf-button variant="secondary">Opslaan</bf-button>
        </div>`,
      );
      for (const el of grid.querySelectorAll<BfButton>('bf-button')) {
        expect(base(el).getBoundingClientRect().height, el.textContent!).to.be.at.most(44);
      }
    });

    it('breaks a word longer than a 320 px screen inside the button', async () => {
      const wrapper = await fixture(
        html`<div style="inline-size: 200px">
          <bf-button>Arbeidsongeschiktheidsverzekering</bf-button>
        </div>`,
      );
      const control = base(wrapper.querySelector<BfButton>('bf-button')!);
      expect(control.getBoundingClientRect().width).to.be.at.most(200);
      expect(control.scrollWidth).to.be.at.most(control.clientWidth);
    });

    it('keeps its text whole with WCAG 1.4.12 text spacing at 320 px', async () => {
      const wrapper = await fixture(
        html`<div
          style="inline-size: 288px; line-height: 1.5; letter-spacing: 0.12em; word-spacing: 0.16em"
        >
          <bf-button>Uw belastingaangifte indienen via MyMinfin</bf-button>
        </div>`,
      );
      const control = base(wrapper.querySelector<BfButton>('bf-button')!);
      expect(control.scrollWidth).to.be.at.most(control.clientWidth);
      expect(control.scrollHeight).to.be.at.most(control.clientHeight);
      expect(control.getBoundingClientRect().width).to.be.at.most(288);
    });

    it('grows with the browser font size (sizes are in rem)', async () => {
      const html_ = document.documentElement;
      html_.style.fontSize = '200%';
      try {
        const el = await fixture<BfButton>(html`<bf-button>x</bf-button>`);
        expect(base(el).getBoundingClientRect().height).to.be.at.least(88);
      } finally {
        html_.style.removeProperty('font-size');
      }
    });

    it('never widens the page from inside a scrolling container', async () => {
      await fixture(
        html`<div style="inline-size: 200px; overflow-x: auto">
          <div style="inline-size: 3000px; text-align: end">
            <bf-button loading>Send</bf-button>
          </div>
        </div>`,
      );
      expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    });

    it('fills its container with full-width', async () => {
      const wrapper = await fixture(
        html`<div style="inline-size: 300px"><bf-button full-width>Next</bf-button></div>`,
      );
      expect(
        base(wrapper.querySelector<BfButton>('bf-button')!).getBoundingClientRect().width,
      ).to.equal(300);
    });

    it('shows icons in the start and end slots, also when added later', async () => {
      const el = await fixture<BfButton>(
        html`<bf-button
          ><svg slot="start" aria-hidden="true" viewBox="0 0 16 16"><path d="M2 8h12" /></svg
          >Next</bf-button
        >`,
      );
      const icon = el.querySelector('svg')!;
      expect(icon.assignedSlot?.name).to.equal('start');
      expect(icon.getBoundingClientRect().width).to.be.greaterThan(0);
      const end = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      end.setAttribute('slot', 'end');
      end.setAttribute('aria-hidden', 'true');
      el.append(end);
      await waitUntil(() => end.assignedSlot?.name === 'end', 'the end slot appears');
      const text = el.shadowRoot!.querySelector('slot:not([name])')!;
      const order = [icon.assignedSlot!, text, end.assignedSlot!];
      expect(
        order.every((slot, index) =>
          index === 0 ? true : order[index - 1]!.compareDocumentPosition(slot) & 4,
        ),
        'start icon, text, end icon',
      ).to.equal(true);
    });

    it('renders no empty icon slots', async () => {
      const el = await fixture<BfButton>(html`<bf-button>Next</bf-button>`);
      expect(el.shadowRoot!.querySelectorAll('slot')).to.have.length(1);
    });

    it('takes an accessible name from label for an icon-only button', async () => {
      const el = await fixture<BfButton>(
        html`<bf-button label="Close">
          <svg slot="start" aria-hidden="true" viewBox="0 0 16 16">
            <path d="M2 2l12 12M14 2 2 14" />
          </svg>
        </bf-button>`,
      );
      expect(base(el).getAttribute('aria-label')).to.equal('Close');
      await expectAccessible(el);
    });
  });

  describe('disabled', () => {
    it('ignores clicks', async () => {
      const el = await fixture<BfButton>(html`<bf-button disabled>Send</bf-button>`);
      let clicks = 0;
      el.addEventListener('click', () => clicks++);
      el.click();
      base(el).click();
      expect(clicks).to.equal(0);
      expect((base(el) as HTMLButtonElement).disabled).to.equal(true);
    });

    it('does not submit its form', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><bf-button type="submit" disabled>Send</bf-button></form>`,
      );
      const data = await submittedData(form, () =>
        form.querySelector<BfButton>('bf-button')!.click(),
      );
      expect(data).to.equal(null);
    });

    it('follows a disabled fieldset', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <fieldset disabled>
            <legend>Contact</legend>
            <bf-button type="submit">Send</bf-button>
          </fieldset>
        </form>`,
      );
      const el = form.querySelector<BfButton>('bf-button')!;
      await el.updateComplete;
      expect((base(el) as HTMLButtonElement).disabled).to.equal(true);
      expect(await submittedData(form, () => el.click())).to.equal(null);
      form.querySelector('fieldset')!.disabled = false;
      await el.updateComplete;
      expect((base(el) as HTMLButtonElement).disabled).to.equal(false);
    });
  });

  describe('loading', () => {
    it('is marked aria-disabled (not disabled) and swallows clicks', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><bf-button type="submit" loading>Send</bf-button></form>`,
      );
      const el = form.querySelector<BfButton>('bf-button')!;
      expect(base(el).getAttribute('aria-disabled')).to.equal('true');
      expect((base(el) as HTMLButtonElement).disabled).to.equal(false);
      expect(await submittedData(form, () => base(el).click())).to.equal(null);
      expect(await submittedData(form, () => el.click())).to.equal(null);
    });

    it('keeps its width while loading', async () => {
      const el = await fixture<BfButton>(html`<bf-button>Send my tax return</bf-button>`);
      const before = base(el).getBoundingClientRect().width;
      el.loading = true;
      await el.updateComplete;
      expect(base(el).getBoundingClientRect().width).to.equal(before);
      expect(el.shadowRoot!.querySelector('[part="spinner"]')).to.exist;
    });

    it('announces "loading" in the page language through the page announcer', async () => {
      const expected = {
        nl: 'Bezig met laden',
        fr: 'Chargement en cours',
        de: 'Wird geladen',
        en: 'Loading',
      };
      await forEachLocale(async (locale) => {
        const el = await fixture<BfButton>(html`<bf-button>Send</bf-button>`);
        el.loading = true;
        await el.updateComplete;
        await waitUntil(() => announced().includes(expected[locale]), `announced in ${locale}`);
        expect(busyText(el).textContent!.trim(), locale).to.equal(expected[locale]);
        el.loading = false;
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="base"] .visually-hidden')).to.equal(null);
      });
    });

    it('announces again each time an action starts, and not for a button busy from the start', async () => {
      document.documentElement.lang = 'en';
      const region = () => document.querySelector('[data-bf-announcer="polite"]');
      region()?.replaceChildren();
      await fixture<BfButton>(html`<bf-button loading>Send</bf-button>`);
      await aTimeout(200);
      expect(announced()).to.equal('');
      const el = await fixture<BfButton>(html`<bf-button>Send</bf-button>`);
      for (let round = 0; round < 2; round++) {
        el.loading = true;
        await el.updateComplete;
        await waitUntil(() => announced() === 'Loading', `round ${round}`);
        el.loading = false;
        await el.updateComplete;
        region()!.replaceChildren();
      }
      expect(el.shadowRoot!.querySelector('[role="status"]'), 'no live region per button').to.equal(
        null,
      );
    });

    it('keeps "Loading" in the name of a button named by label', async () => {
      document.documentElement.lang = 'fr-BE';
      const el = await fixture<BfButton>(html`<bf-button label="Fermer" loading></bf-button>`);
      expect(base(el).getAttribute('aria-label')).to.equal('Fermer Chargement en cours');
      el.loading = false;
      await el.updateComplete;
      expect(base(el).getAttribute('aria-label')).to.equal('Fermer');
    });

    it('re-renders its loading text when <html lang> changes from nl to fr', async () => {
      document.documentElement.lang = 'nl';
      const el = await fixture<BfButton>(html`<bf-button loading>Verzenden</bf-button>`);
      expect(busyText(el).textContent!.trim()).to.equal('Bezig met laden');
      document.documentElement.lang = 'fr';
      await settle();
      await el.updateComplete;
      expect(busyText(el).textContent!.trim()).to.equal('Chargement en cours');
    });

    it('marks English built-in text with lang="en" on a page in another language', async () => {
      const wrapper = await fixture(html`<div lang="es"><bf-button>Enviar</bf-button></div>`);
      const el = wrapper.querySelector<BfButton>('bf-button')!;
      el.loading = true;
      await el.updateComplete;
      expect(busyText(el).getAttribute('lang')).to.equal('en');
      await waitUntil(() => announced() === 'Loading');
      expect(
        document.querySelector('[data-bf-announcer="polite"] span')!.getAttribute('lang'),
      ).to.equal('en');
    });

    it('uses per-instance and page-wide text overrides, each for its own component', async () => {
      const el = await fixture<BfButton>(
        html`<bf-button loading strings='{"loading":"Even geduld"}'>Send</bf-button>`,
      );
      expect(busyText(el).textContent!.trim()).to.equal('Even geduld');
      document.documentElement.lang = 'nl';
      registerStrings('nl', { 'bf-button': { loading: 'Een ogenblik' } });
      try {
        const other = await fixture<BfButton>(html`<bf-button loading>Send</bf-button>`);
        expect(busyText(other).textContent!.trim()).to.equal('Een ogenblik');
      } finally {
        registerStrings('nl', { 'bf-button': { loading: 'Bezig met laden' } });
      }
    });
  });

  describe('forms', () => {
    it('submits its form with its name and value', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <input name="city" value="Eupen" aria-label="City" />
          <bf-button type="submit" name="action" value="send">Send</bf-button>
        </form>`,
      );
      const el = form.querySelector<BfButton>('bf-button')!;
      const data = await submittedData(form, () => el.click());
      expect(data).not.to.equal(null);
      expect(data!.get('city')).to.equal('Eupen');
      expect(data!.get('action')).to.equal('send');
      expect(form.querySelectorAll('button').length, 'the stand-in submitter is removed').to.equal(
        0,
      );
    });

    it('submits when the form is associated by the form attribute', async () => {
      const wrapper = await fixture(
        html`<div>
          <form id="f"></form>
          <bf-button form="f" type="submit">Send</bf-button>
        </div>`,
      );
      const form = wrapper.querySelector('form')!;
      const el = wrapper.querySelector<BfButton>('bf-button')!;
      expect(el.form).to.equal(form);
      expect(await submittedData(form, () => el.click())).not.to.equal(null);
    });

    it('runs constraint validation before submitting', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <input name="email" required aria-label="E-mail" />
          <bf-button type="submit">Send</bf-button>
        </form>`,
      );
      const el = form.querySelector<BfButton>('bf-button')!;
      expect(await submittedData(form, () => el.click())).to.equal(null);
    });

    it('skips validation with formnovalidate', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <input name="email" required aria-label="E-mail" />
          <bf-button type="submit" formnovalidate>Save draft</bf-button>
        </form>`,
      );
      expect(
        await submittedData(form, () => form.querySelector<BfButton>('bf-button')!.click()),
      ).not.to.equal(null);
    });

    it('resets its form with type="reset"', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <input name="city" value="Eupen" aria-label="City" />
          <bf-button type="reset">Clear</bf-button>
        </form>`,
      );
      const input = form.querySelector('input')!;
      input.value = 'Namur';
      setTimeout(() => form.querySelector<BfButton>('bf-button')!.click());
      await oneEvent(form, 'reset');
      expect(input.value).to.equal('Eupen');
    });

    it('does nothing in a form with type="button" (the default)', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><bf-button>Help</bf-button></form>`);
      expect(
        await submittedData(form, () => form.querySelector<BfButton>('bf-button')!.click()),
      ).to.equal(null);
    });
  });

  describe('link mode', () => {
    it('renders a link when href is set', async () => {
      const el = await fixture<BfButton>(
        html`<bf-button href="/en/contact">Contact us</bf-button>`,
      );
      const link = base(el) as HTMLAnchorElement;
      expect(link.localName).to.equal('a');
      expect(link.getAttribute('href')).to.equal('/en/contact');
      await expectAccessible(el);
    });

    it('adds noopener and an announcement for a new tab', async () => {
      const el = await fixture<BfButton>(
        html`<bf-button href="https://www.belgium.be" target="_blank">Belgium.be</bf-button>`,
      );
      const link = base(el) as HTMLAnchorElement;
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.textContent).to.contain('(opens in a new tab)');
    });

    it('keeps the new-tab hint in the name of a labelled link', async () => {
      const el = await fixture<BfButton>(
        html`<bf-button
          href="https://www.belgium.be"
          target="_blank"
          label="Belgium.be"
        ></bf-button>`,
      );
      expect(base(el).getAttribute('aria-label')).to.equal('Belgium.be (opens in a new tab)');
    });

    it('refuses a javascript: URL and renders a disabled link instead', async () => {
      const original = console.warn;
      console.warn = () => undefined;
      try {
        for (const href of [
          'javascript:alert(1)',
          ' JAVASCRIPT:alert(1)',
          'data:text/html,<script>alert(1)</script>',
          'vbscript:x',
        ]) {
          const el = await fixture<BfButton>(html`<bf-button href=${href}>Open</bf-button>`);
          expect(base(el).hasAttribute('href'), href).to.equal(false);
          expect(base(el).getAttribute('aria-disabled')).to.equal('true');
          expect(
            base(el).getAttribute('tabindex'),
            'a link that cannot work is not in the tab order',
          ).to.equal('-1');
          expect(el.textContent).to.equal('Open');
        }
      } finally {
        console.warn = original;
      }
    });

    it('stays in the tab order but inert while loading', async () => {
      const el = await fixture<BfButton>(html`<bf-button href="/next" loading>Next</bf-button>`);
      const link = base(el);
      expect(link.hasAttribute('href')).to.equal(false);
      expect(link.getAttribute('aria-disabled')).to.equal('true');
      expect(link.getAttribute('tabindex')).to.equal('0');
    });

    it('is announced as a disabled link and leaves the tab order when disabled', async () => {
      const el = await fixture<BfButton>(html`<bf-button href="/next" disabled>Next</bf-button>`);
      const link = base(el);
      expect(link.hasAttribute('href')).to.equal(false);
      expect(link.getAttribute('role')).to.equal('link');
      expect(link.getAttribute('aria-disabled')).to.equal('true');
      expect(link.getAttribute('tabindex')).to.equal('-1');
      await expectAccessible(el);
    });
  });

  describe('hostile content', () => {
    it('renders markup in its label as text, never as HTML', async () => {
      const el = await fixture<BfButton>(
        html`<bf-button label=${'<img src=x onerror=alert(1)>'}>x</bf-button>`,
      );
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(base(el).getAttribute('aria-label')).to.equal('<img src=x onerror=alert(1)>');
    });
  });
});
