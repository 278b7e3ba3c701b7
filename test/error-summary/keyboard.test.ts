// Keyboard and focus: this file runs one page at a time (its name ends in keyboard.test.ts), so
// that the page has focus while keys are pressed.
import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/error-summary';
import '@belfry/components/radio-group';
import '@belfry/components/radio';
import type { BfErrorSummary } from '@belfry/components';
import { expectTabOrder, focusOn, hasFocus, press } from '../helpers/keyboard.js';

const base = (summary: BfErrorSummary) =>
  summary.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
const summaryLinks = (summary: BfErrorSummary) => [
  ...summary.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="link"]'),
];

/** Waits for the task that ends a submit attempt, and for the summary to render. */
async function settleAttempt(summary: BfErrorSummary): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await new Promise((resolve) => setTimeout(resolve));
  await summary.updateComplete;
}

// Far enough apart that following a link must scroll: the label is off screen before.
const spacer = html`<div style="block-size: 150vh"></div>`;

describe('bf-error-summary with the keyboard', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('takes focus after a failed submit with Enter, instead of the first field', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form lang="en">
        <bf-error-summary></bf-error-summary>
        <label for="name">Full name</label>
        <input id="name" required />
        <button type="submit">Send</button>
      </form>`,
    );
    const summary = form.querySelector('bf-error-summary')!;
    const field = form.querySelector('input')!;
    let fieldFocused = 0;
    field.addEventListener('focus', () => fieldFocused++);
    focusOn(form.querySelector('button')!);
    await press('Enter');
    await settleAttempt(summary);
    expect(hasFocus(base(summary)), 'focus on the summary').to.equal(true);
    // Not even for a moment: a screen reader would start reading the field.
    expect(fieldFocused, 'times the first field had focus').to.equal(0);
  });

  it('takes focus after Enter in a field submits the form', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form lang="en">
        <bf-error-summary></bf-error-summary>
        <label for="city">City</label>
        <input id="city" />
        <label for="postcode">Postcode</label>
        <input id="postcode" required />
        <button type="submit">Send</button>
      </form>`,
    );
    const summary = form.querySelector('bf-error-summary')!;
    focusOn(form.querySelector('#city')!);
    await press('Enter');
    await settleAttempt(summary);
    expect(hasFocus(base(summary))).to.equal(true);
  });

  it('is not a tab stop itself; its links are, before the fields', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <bf-error-summary
          .errors=${[
            { message: 'Enter your full name', target: 'name' },
            { message: 'Enter your postcode', target: 'postcode' },
          ]}
        ></bf-error-summary>
        <input id="name" aria-label="Full name" />
        <input id="postcode" aria-label="Postcode" />
      </form>`,
    );
    const summary = form.querySelector('bf-error-summary')!;
    await summary.updateComplete;
    const [name, postcode] = [...form.querySelectorAll('input')];
    await expectTabOrder([...summaryLinks(summary), name!, postcode!]);
  });

  it("moves focus to the field with Enter on its link, and scrolls the field's label into view", async () => {
    const page = await fixture(
      html`<div lang="en">
        <bf-error-summary for="application"></bf-error-summary>
        ${spacer}
        <form id="application">
          <label for="postcode">Postcode</label>
          <input id="postcode" required />
          <button type="submit">Send</button>
        </form>
        ${spacer}
      </div>`,
    );
    const summary = page.querySelector('bf-error-summary')!;
    page.querySelector<HTMLInputElement>('#postcode')!.setCustomValidity('Enter your postcode');
    page.querySelector('button')!.click();
    await settleAttempt(summary);
    const hashBefore = location.hash;
    focusOn(summaryLinks(summary)[0]!);
    await press('Enter');
    expect(hasFocus(page.querySelector('#postcode')!)).to.equal(true);
    const label = page.querySelector('label')!.getBoundingClientRect();
    // The label is at the top of the window, the field under it.
    expect(label.top).to.be.within(-1, 1);
    expect(location.hash, 'the address does not change').to.equal(hashBefore);
  });

  it('moves focus to the first radio button of a group, with its legend in view', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form lang="en">
        <bf-error-summary></bf-error-summary>
        ${spacer}
        <fieldset>
          <legend>How do you want to be contacted?</legend>
          <input type="radio" id="by-mail" name="contact" value="mail" required />
          <label for="by-mail">By post</label>
          <input type="radio" id="by-email" name="contact" value="email" />
          <label for="by-email">By email</label>
        </fieldset>
        <button type="submit">Send</button>
        ${spacer}
      </form>`,
    );
    const summary = form.querySelector('bf-error-summary')!;
    form.querySelector('button')!.click();
    await settleAttempt(summary);
    summaryLinks(summary)[0]!.click();
    expect(hasFocus(form.querySelector('#by-mail')!)).to.equal(true);
    expect(form.querySelector('legend')!.getBoundingClientRect().top).to.be.within(-1, 1);
  });

  it("scrolls a Belfry radio group's question into view, though its fieldset is in a shadow root", async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form lang="en">
        <bf-error-summary></bf-error-summary>
        ${spacer}
        <bf-radio-group label="How do you want to be contacted?" name="contact" required>
          <bf-radio value="mail">By post</bf-radio>
          <bf-radio value="email">By email</bf-radio>
        </bf-radio-group>
        <button type="submit">Send</button>
        ${spacer}
      </form>`,
    );
    const group = form.querySelector('bf-radio-group')!;
    await group.updateComplete;
    const summary = form.querySelector('bf-error-summary')!;
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settleAttempt(summary);
    summaryLinks(summary)[0]!.click();
    const first = form.querySelector<HTMLInputElement>('bf-radio input')!;
    expect(hasFocus(first)).to.equal(true);
    const legend = group.shadowRoot!.querySelector('legend')!;
    // The question is at the top of the window, not the first option's label.
    expect(legend.getBoundingClientRect().top).to.be.within(-1, 1);
  });

  it('follows links the server wrote, to a field or to the first field of a group', async () => {
    const page = await fixture(
      html`<div lang="nl">
        <bf-error-summary>
          <ul>
            <li><a href="#postcode">Vul uw postcode in</a></li>
            <li><a href="#birth-date">Vul uw geboortedatum in</a></li>
            <li><a href="#nowhere">Dit veld bestaat niet</a></li>
          </ul>
        </bf-error-summary>
        <label for="postcode">Postcode</label>
        <input id="postcode" />
        <div id="birth-date" role="group" aria-label="Geboortedatum">
          <input aria-label="Dag" /><input aria-label="Maand" /><input aria-label="Jaar" />
        </div>
      </div>`,
    );
    const [toPostcode, toBirthDate, toNowhere] = [...page.querySelectorAll('a')];
    toPostcode!.click();
    expect(hasFocus(page.querySelector('#postcode')!)).to.equal(true);
    toBirthDate!.click();
    expect(hasFocus(page.querySelector('[aria-label="Dag"]')!)).to.equal(true);
    // A link to nothing is left to the browser, which goes nowhere.
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    toNowhere!.addEventListener('click', (click) => click.preventDefault(), { once: true });
    toNowhere!.dispatchEvent(event);
    expect(hasFocus(page.querySelector('[aria-label="Dag"]')!)).to.equal(true);
  });

  it('takes focus when the page opens with server errors and `autofocus`', async () => {
    const summary = await fixture<BfErrorSummary>(
      html`<bf-error-summary autofocus lang="nl">
        <ul>
          <li><a href="#postcode">Vul uw postcode in</a></li>
        </ul>
      </bf-error-summary>`,
    );
    await summary.updateComplete;
    expect(hasFocus(base(summary))).to.equal(true);
  });

  it('does not take focus with `autofocus` when it has no errors', async () => {
    const before = document.activeElement;
    const summary = await fixture<BfErrorSummary>(
      html`<bf-error-summary autofocus></bf-error-summary>`,
    );
    await summary.updateComplete;
    expect(document.activeElement).to.equal(before);
  });

  it('shows a focus ring while it has focus, however focus got there', async () => {
    const summary = await fixture<BfErrorSummary>(
      html`<bf-error-summary
        .errors=${[{ message: 'Enter your name', target: 'name' }]}
      ></bf-error-summary>`,
    );
    await summary.updateComplete;
    summary.focus();
    const style = getComputedStyle(base(summary));
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});
