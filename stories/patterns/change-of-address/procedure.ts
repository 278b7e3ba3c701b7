// The "Change of address" procedure in five steps, in four languages: <bf-stepper> above, one
// <form> per step, each inside a <bf-draft> that keeps its answers in the browser tab. Reloading
// the page (or drawing the procedure again from the same sessionStorage) puts every answer back
// and the stepper on the step the citizen had reached. The same fields and text as the one-page
// pattern next to it (change-of-address.stories.ts, text.json). Used by procedure.stories.ts and
// test/patterns/change-of-address-procedure.test.ts.
import { html, nothing, render } from 'lit';
import '@belfry/components/stepper';
import '@belfry/components/draft';
import '@belfry/components/text-field';
import '@belfry/components/presets';
import '@belfry/components/date-field';
import '@belfry/components/radio-group';
import '@belfry/components/radio';
import '@belfry/components/checkbox';
import '@belfry/components/fieldset';
import '@belfry/components/summary-list';
import '@belfry/components/error-summary';
import '@belfry/components/button';
import { formatStepLabel, type StepChangeDetail } from '@belfry/components/stepper';
import type { BfDraft } from '@belfry/components';
import { localeNames, locales, type Locale } from '../../story-context';

/** The procedure's text in one language: text.json's entry for it. */
export type ProcedureText = Record<string, string>;
export type ProcedureTexts = Readonly<Record<Locale, ProcedureText>>;

const regions: Record<Locale, string> = { nl: 'nl-BE', fr: 'fr-BE', de: 'de-BE', en: 'en-BE' };

/** The five steps: the text key of each one's name, and the key of its draft. */
export const procedureSteps = [
  { name: 'address', draft: 'change-of-address-address' },
  { name: 'date', draft: 'change-of-address-date' },
  { name: 'stepMovingWith', draft: 'change-of-address-moving-with' },
  { name: 'contact', draft: 'change-of-address-contact' },
  { name: 'check', draft: '' },
] as const;

/**
 * Where the step the citizen reached is kept, next to the drafts and as safe: in the tab
 * (sessionStorage), for this procedure only. The answers themselves are the drafts'.
 */
export const stepStorageName = 'belfry-example:change-of-address:step';

/** The step kept for this tab, 1 to 5; 1 when there is none or it is not one. */
function keptStep(): number {
  try {
    const step = Number(sessionStorage.getItem(stepStorageName));
    return Number.isInteger(step) && step >= 1 && step <= procedureSteps.length ? step : 1;
  } catch {
    // Storage blocked (private mode): the procedure starts at step 1.
    return 1;
  }
}

function keepStep(step: number | null): void {
  try {
    if (step === null) sessionStorage.removeItem(stepStorageName);
    else sessionStorage.setItem(stepStorageName, String(step));
  } catch {
    // Storage blocked: the step is not kept, which is no error for the citizen.
  }
}

/** The latest moving date that can be reported: 3 months ahead, as the hint says. */
function latestMovingDate(): string {
  const date = new Date();
  date.setMonth(date.getMonth() + 3);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/**
 * Draws the procedure into `root` in `initialLang`, at the step kept for this tab, and keeps its
 * state there: language, step, and whether it was sent.
 */
export function procedure(root: HTMLElement, initialLang: Locale, texts: ProcedureTexts): void {
  let lang = initialLang;
  let step = keptStep();
  let sent = false;
  const max = latestMovingDate();
  const total = procedureSteps.length;
  const missing = (t: ProcedureText, key: string) => JSON.stringify({ valueMissing: t[key] });

  const go = (next: number) => {
    step = next;
    keepStep(next);
    draw();
    // A new step is a new page for the citizen: focus its heading, which says where they are.
    root.querySelector<HTMLElement>('h1')?.focus();
  };

  /** A step's Continue: the browser checked its fields; the page keeps the answers. */
  const continueFrom = (number: number) => (event: SubmitEvent) => {
    event.preventDefault();
    go(number + 1);
  };

  /** A link back in the stepper: this app shows the step itself. */
  const back = (event: CustomEvent<StepChangeDetail>) => {
    event.preventDefault();
    go(event.detail.step);
  };

  /** The answers of every form, by name, for "Check your answers". */
  const answers = () => {
    const all = new Map<string, string>();
    for (const form of root.querySelectorAll('form')) {
      for (const [name, value] of new FormData(form)) all.set(name, String(value));
    }
    return (name: string) => all.get(name) ?? '';
  };

  /** Sends the answers; the drafts are no longer needed. */
  const send = () => {
    for (const draft of root.querySelectorAll<BfDraft>('bf-draft')) draft.clear();
    keepStep(null);
    sent = true;
    draw();
    root.querySelector<HTMLElement>('h1')?.focus();
  };

  /** Answers came back from a draft: "Check your answers" shows them once they are in. */
  const redraw = () => setTimeout(draw);

  /** One step's form, in its draft. Every form stays in the page, shown or not. */
  const form = (number: number, t: ProcedureText, fields: unknown) => {
    const id = `change-of-address-${number}`;
    return html`<section ?hidden=${sent || step !== number}>
      <bf-error-summary for=${id}></bf-error-summary>
      <bf-draft key=${procedureSteps[number - 1]!.draft} @bf-draft-restore=${redraw}>
        <form id=${id} @submit=${continueFrom(number)}>
          ${fields}
          <bf-button type="submit">${t['continue']}</bf-button>
        </form>
      </bf-draft>
    </section>`;
  };

  const address = (t: ProcedureText) =>
    form(
      1,
      t,
      html`<p>${t['lead']}</p>
        <bf-text-field
          label=${t['street']!}
          name="street"
          autocomplete="address-line1"
          required
          strings=${missing(t, 'streetMissing')}
        ></bf-text-field>
        <bf-text-field
          label=${t['number']!}
          name="number"
          width="4"
          required
          strings=${missing(t, 'numberMissing')}
        ></bf-text-field>
        <bf-text-field label=${t['box']!} name="box" width="4"></bf-text-field>
        <bf-text-field
          label=${t['postcode']!}
          name="postcode"
          preset="postcode"
          required
          strings=${missing(t, 'postcodeMissing')}
        ></bf-text-field>
        <bf-text-field
          label=${t['municipality']!}
          name="municipality"
          autocomplete="address-level2"
          required
          strings=${missing(t, 'municipalityMissing')}
        ></bf-text-field>
        <bf-checkbox name="business" value="yes"
          >${t['business']}
          <div slot="conditional">
            <bf-text-field
              label=${t['enterprise']!}
              hint=${t['enterpriseHint']!}
              name="enterprise"
              preset="enterprise-number"
              required
              strings=${missing(t, 'enterpriseMissing')}
            ></bf-text-field>
          </div>
        </bf-checkbox>`,
    );

  const movingDate = (t: ProcedureText) =>
    form(
      2,
      t,
      html`<bf-date-field
        label=${t['date']!}
        hint=${t['dateHint']!}
        date-name=${t['dateName']!}
        name="moving-date"
        max=${max}
        required
      ></bf-date-field>`,
    );

  const movingWith = (t: ProcedureText) =>
    form(
      3,
      t,
      html`<bf-radio-group
        label=${t['movingWith']!}
        name="moving-with"
        required
        strings=${missing(t, 'movingWithMissing')}
      >
        <bf-radio value="nobody">${t['nobody']}</bf-radio>
        <bf-radio value="others"
          >${t['others']}
          <div slot="conditional">
            <bf-text-field
              label=${t['companions']!}
              hint=${t['companionsHint']!}
              name="companion"
              required
              strings=${missing(t, 'companionsMissing')}
            ></bf-text-field>
            <bf-text-field
              label=${t['companionNrn']!}
              hint=${t['companionNrnHint']!}
              name="companion-nrn"
              preset="nrn"
              required
              strings=${missing(t, 'companionNrnMissing')}
            ></bf-text-field>
          </div>
        </bf-radio>
      </bf-radio-group>`,
    );

  const contact = (t: ProcedureText) =>
    form(
      4,
      t,
      html`<bf-text-field
          label=${t['phone']!}
          hint=${t['phoneHint']!}
          name="phone"
          preset="phone"
        ></bf-text-field>
        <bf-text-field
          label=${t['email']!}
          hint=${t['emailHint']!}
          name="email"
          type="email"
          autocomplete="email"
          required
          strings=${missing(t, 'emailMissing')}
        ></bf-text-field>
        <bf-text-field
          label=${t['iban']!}
          hint=${t['ibanHint']!}
          name="iban"
          preset="iban"
        ></bf-text-field>`,
    );

  const check = (t: ProcedureText) => {
    if (sent || step !== total) return nothing;
    const answer = answers();
    const box = answer('box') ? ` ${t['boxWord']} ${answer('box')}` : '';
    const moving =
      answer('moving-with') === 'others'
        ? `${t['others']}: ${answer('companion')} (${answer('companion-nrn')})`
        : t['nobody'];
    return html`<bf-summary-list>
        <bf-summary-list-row question=${t['newAddress']!}
          >${answer('street')} ${answer('number')}${box}<br />${answer('postcode')}
          ${answer('municipality')}</bf-summary-list-row
        >
        <bf-summary-list-row question=${t['businessKey']!}
          >${answer('business') ? `${t['yes']}: ${answer('enterprise')}` : t['no']}</bf-summary-list-row
        >
        <bf-summary-list-row question=${t['date']!}>${answer('moving-date')}</bf-summary-list-row>
        <bf-summary-list-row question=${t['movingWith']!}>${moving}</bf-summary-list-row>
        <bf-summary-list-row question=${t['phone']!}>${answer('phone')}</bf-summary-list-row>
        <bf-summary-list-row question=${t['email']!}>${answer('email')}</bf-summary-list-row>
        <bf-summary-list-row question=${t['iban']!}>${answer('iban')}</bf-summary-list-row>
      </bf-summary-list>
      <bf-button @click=${send}>${t['send']}</bf-button>`;
  };

  const stepper = (t: ProcedureText) =>
    html`<bf-stepper @bf-step-change=${back} ?hidden=${sent}>
      ${procedureSteps.map((item, index) => {
        const number = index + 1;
        const status = number < step ? 'complete' : number === step ? 'current' : 'upcoming';
        return html`<bf-stepper-step status=${status} href=${`#step-${number}`}
          >${t[item.name]}</bf-stepper-step
        >`;
      })}
    </bf-stepper>`;

  const heading = (t: ProcedureText) =>
    sent
      ? html`<h1 tabindex="-1">${t['done']}</h1>
          <p>${t['doneText']}</p>`
      : html`<h1 tabindex="-1">
          <span class="caption" style="display: block; font-size: 1.125rem"
            >${formatStepLabel(step, total, regions[lang])}</span
          >
          ${t[procedureSteps[step - 1]!.name]}
        </h1>`;

  const draw = () => {
    const t = texts[lang];
    root.lang = regions[lang];
    render(
      html`<nav aria-label=${t['language']!}>
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
        ${stepper(t)} ${heading(t)} ${address(t)} ${movingDate(t)} ${movingWith(t)} ${contact(t)}
        ${check(t)}`,
      root,
    );
  };
  draw();
}
