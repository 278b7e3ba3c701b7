// Patterns/Change of address: a whole procedure built only from Belfry elements, in four
// languages. The form (known answers with their source, the new address with the postcode
// preset, the moving date, who moves along with a follow-up question, a business with its
// enterprise number, contact details), the error summary, "Check your answers" with Change links,
// and the confirmation. The language switch changes every text and keeps every answer: the
// fields are never re-created. The same form as plain HTML sent by a server and as a React 19
// component is in test/e2e/change-of-address/ (docs/guides/forms.md).
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, render } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@belfry/components/text-field';
import '@belfry/components/presets';
import '@belfry/components/known-values';
import '@belfry/components/date-field';
import '@belfry/components/radio-group';
import '@belfry/components/radio';
import '@belfry/components/checkbox';
import '@belfry/components/fieldset';
import '@belfry/components/summary-list';
import '@belfry/components/error-summary';
import '@belfry/components/button';
import { setErrorTitle } from '@belfry/components/error-summary';
import { localeNames, localeOf, locales, type Locale } from '../../story-context';
import texts from './text.json';

type Text = (typeof texts)['nl'];
type Step = 'form' | 'check' | 'done';

const regions: Record<Locale, string> = { nl: 'nl-BE', fr: 'fr-BE', de: 'de-BE', en: 'en-BE' };
/** What the National Register knows about the citizen: shown with its source, not asked. */
const known = { name: 'An Peeters', nrn: '85073003328' };

/** The latest moving date that can be reported: 3 months ahead, as the hint says. */
function latestMovingDate(): string {
  const date = new Date();
  date.setMonth(date.getMonth() + 3);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Draws the journey into `root`, and keeps its state: language, step, what was sent. */
function journey(root: HTMLElement, initialLang: Locale): void {
  let lang = initialLang;
  let step: Step = 'form';
  let sent: [string, string][] = [];
  const max = latestMovingDate();
  const missing = (t: Text, key: keyof Text) => JSON.stringify({ valueMissing: t[key] });
  const answer = (name: string) => sent.find(([key]) => key === name)?.[1] ?? '';

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setErrorTitle(false);
    const form = event.currentTarget as HTMLFormElement;
    sent = Array.from(new FormData(form), ([name, value]) => [name, String(value)]);
    go('check');
  };
  // A Change link goes back to its question; the form was kept, with every answer.
  const change = (id: string) => (event: Event) => {
    const origin = event.composedPath()[0];
    if (!(origin instanceof Element) || !origin.closest('a')) return;
    event.preventDefault();
    go('form');
    root.querySelector<HTMLElement>(`#${id}`)?.focus();
  };
  const go = (next: Step) => {
    step = next;
    draw();
    if (next !== 'form') root.querySelector<HTMLElement>('h1:not([hidden] h1)')?.focus();
  };

  const form = (t: Text) =>
    html`<div ?hidden=${step !== 'form'}>
      <bf-error-summary for="change-of-address"></bf-error-summary>
      <h1>${t.title}</h1>
      <p>${t.lead}</p>
      <form id="change-of-address" @submit=${submit} @bf-form-invalid=${() => setErrorTitle(true)}>
        <bf-fieldset legend=${t.details}>
          <bf-text-field
            label=${t.name}
            name="name"
            value=${known.name}
            source="national-register"
            readonly
          ></bf-text-field>
          <bf-text-field
            label=${t.nrn}
            name="nrn"
            preset="nrn"
            value=${known.nrn}
            source="national-register"
            readonly
          ></bf-text-field>
        </bf-fieldset>
        <bf-fieldset legend=${t.address}>
          <bf-text-field
            id="street"
            label=${t.street}
            name="street"
            autocomplete="address-line1"
            required
            strings=${missing(t, 'streetMissing')}
          ></bf-text-field>
          <bf-text-field
            label=${t.number}
            name="number"
            width="4"
            required
            strings=${missing(t, 'numberMissing')}
          ></bf-text-field>
          <bf-text-field label=${t.box} name="box" width="4"></bf-text-field>
          <bf-text-field
            label=${t.postcode}
            name="postcode"
            preset="postcode"
            required
            strings=${missing(t, 'postcodeMissing')}
          ></bf-text-field>
          <bf-text-field
            label=${t.municipality}
            name="municipality"
            autocomplete="address-level2"
            required
            strings=${missing(t, 'municipalityMissing')}
          ></bf-text-field>
        </bf-fieldset>
        <bf-date-field
          id="moving-date"
          label=${t.date}
          hint=${t.dateHint}
          date-name=${t.dateName}
          name="moving-date"
          max=${max}
          required
        ></bf-date-field>
        <bf-radio-group
          id="moving-with"
          label=${t.movingWith}
          name="moving-with"
          required
          strings=${missing(t, 'movingWithMissing')}
        >
          <bf-radio value="nobody">${t.nobody}</bf-radio>
          <bf-radio value="others"
            >${t.others}
            <div slot="conditional">
              <bf-text-field
                label=${t.companions}
                hint=${t.companionsHint}
                name="companion"
                required
                strings=${missing(t, 'companionsMissing')}
              ></bf-text-field>
              <bf-text-field
                label=${t.companionNrn}
                hint=${t.companionNrnHint}
                name="companion-nrn"
                preset="nrn"
                required
                strings=${missing(t, 'companionNrnMissing')}
              ></bf-text-field>
            </div>
          </bf-radio>
        </bf-radio-group>
        <bf-checkbox id="business" name="business" value="yes"
          >${t.business}
          <div slot="conditional">
            <bf-text-field
              label=${t.enterprise}
              hint=${t.enterpriseHint}
              name="enterprise"
              preset="enterprise-number"
              required
              strings=${missing(t, 'enterpriseMissing')}
            ></bf-text-field>
          </div>
        </bf-checkbox>
        <bf-fieldset legend=${t.contact}>
          <bf-text-field
            id="phone"
            label=${t.phone}
            hint=${t.phoneHint}
            name="phone"
            preset="phone"
          ></bf-text-field>
          <bf-text-field
            id="email"
            label=${t.email}
            hint=${t.emailHint}
            name="email"
            type="email"
            autocomplete="email"
            required
            strings=${missing(t, 'emailMissing')}
          ></bf-text-field>
          <bf-text-field
            id="iban"
            label=${t.iban}
            hint=${t.ibanHint}
            name="iban"
            preset="iban"
          ></bf-text-field>
        </bf-fieldset>
        <bf-button type="submit">${t.continue}</bf-button>
      </form>
    </div>`;

  const check = (t: Text) => {
    const box = answer('box') ? ` ${t.boxWord} ${answer('box')}` : '';
    const moving =
      answer('moving-with') === 'others'
        ? `${t.others}: ${answer('companion')} (${answer('companion-nrn')})`
        : t.nobody;
    return html`<h1 tabindex="-1">${t.check}</h1>
      <bf-summary-list>
        <bf-summary-list-row question=${t.name} source="national-register"
          >${known.name}</bf-summary-list-row
        >
        <bf-summary-list-row question=${t.nrn} source="national-register"
          >${answer('nrn')}</bf-summary-list-row
        >
        <bf-summary-list-row question=${t.newAddress} href="#street" @click=${change('street')}
          >${answer('street')} ${answer('number')}${box}<br />${answer('postcode')}
          ${answer('municipality')}</bf-summary-list-row
        >
        <bf-summary-list-row question=${t.date} href="#moving-date" @click=${change('moving-date')}
          >${answer('moving-date')}</bf-summary-list-row
        >
        <bf-summary-list-row
          question=${t.movingWith}
          href="#moving-with"
          @click=${change('moving-with')}
          >${moving}</bf-summary-list-row
        >
        <bf-summary-list-row question=${t.businessKey} href="#business" @click=${change('business')}
          >${answer('business') ? `${t.yes}: ${answer('enterprise')}` : t.no}</bf-summary-list-row
        >
        <bf-summary-list-row question=${t.phone} href="#phone" @click=${change('phone')}
          >${answer('phone')}</bf-summary-list-row
        >
        <bf-summary-list-row question=${t.email} href="#email" @click=${change('email')}
          >${answer('email')}</bf-summary-list-row
        >
        <bf-summary-list-row question=${t.iban} href="#iban" @click=${change('iban')}
          >${answer('iban')}</bf-summary-list-row
        >
      </bf-summary-list>
      <bf-button @click=${() => go('done')}>${t.send}</bf-button>`;
  };

  const draw = () => {
    const t = texts[lang];
    root.lang = regions[lang];
    render(
      html`<nav aria-label=${t.language}>
          ${locales.map(
            (code) =>
              html`<bf-button
                variant="tertiary"
                lang=${code}
                aria-pressed=${String(code === lang)}
                @click=${() => {
                  lang = code;
                  draw();
                }}
                >${localeNames[code]}</bf-button
              >`,
          )}
        </nav>
        ${form(t)} ${step === 'check' ? check(t) : nothing}
        ${
          step === 'done'
            ? html`<h1 tabindex="-1">${t.done}</h1>
                <p>${t.doneText}</p>`
            : nothing
        }`,
      root,
    );
  };
  draw();
}

const meta = {
  title: 'Patterns/Change of address',
  render: (_args, context) => {
    const root = document.createElement('div');
    journey(root, localeOf(context));
    return root;
  },
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component: [
          'A whole procedure built only from Belfry elements: known answers with their source,',
          'Belgian presets, a date with a limit, a choice with a follow-up question, the error',
          'summary, "Check your answers" and a confirmation. Switching the language keeps every',
          'answer. See docs/guides/forms.md.',
        ].join(' '),
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

const field = (root: HTMLElement, name: string) =>
  root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

/** The form in the toolbar's language. */
export const ChangeOfAddress: Story = {};

/** Typed answers stay when the language changes; a failed submit focuses the error summary. */
export const LanguageSwitchKeepsAnswers: Story = {
  play: async (context: StoryContext) => {
    const root = context.canvasElement;
    await waitFor(() => expect(field(root, 'street')).toBeTruthy());
    await userEvent.type(field(root, 'street'), 'Kerkstraat');
    const next = locales.find((code) => code !== localeOf(context))!;
    const street = field(root, 'street');
    const button = root.querySelector<HTMLElement>(`nav bf-button[lang="${next}"]`)!;
    await userEvent.click(button);
    await waitFor(() => expect(street.labels?.[0]?.textContent).toContain(texts[next].street));
    await expect(field(root, 'street')).toBe(street);
    await expect(street.value).toBe('Kerkstraat');
    const submit = root.querySelector<HTMLElement>('form bf-button[type="submit"]')!;
    await userEvent.click(submit);
    const summary = root.querySelector('bf-error-summary')!;
    await waitFor(() => expect(document.activeElement).toBe(summary));
    await expect(summary.shadowRoot?.textContent).toContain(texts[next].numberMissing);
  },
};
