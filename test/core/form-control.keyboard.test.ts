// Keyboard: this file runs one page at a time (its name ends in keyboard.test.ts).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { runFormControlKeyboardTests } from '../helpers/form-control.js';
import { settle } from '../helpers/locales.js';
import { createTestField } from './form-control-field.js';

runFormControlKeyboardTests({
  tag: 'test-field',
  create: createTestField,
  value: 'Eupen',
  otherValue: 'Namur',
  enterSubmits: true,
});

describe('watchForm with the keyboard', () => {
  it('leaves Enter to the browser when the first submit button is native', async () => {
    await import('@belfry/components/button');
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <test-field name="city" label="City" value="Eupen"></test-field>
        <button name="action" value="native">Native</button>
        <bf-button type="submit" name="action" value="belfry">Belfry</bf-button>
      </form>`,
    );
    const field = form.querySelector('test-field')!;
    await field.updateComplete;
    let submitter: string | undefined;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitter = new FormData(form, event.submitter).get('action') as string;
    });
    field.focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(submitter).to.equal('native');
  });

  it('shows the error inline on Enter in a native-only form, without the browser’s bubble', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form lang="en">
        <test-field name="city" label="City" required></test-field>
        <button>Send</button>
      </form>`,
    );
    const field = form.querySelector('test-field')!;
    await field.updateComplete;
    let prevented: boolean | undefined;
    field.control!.addEventListener('invalid', (event) => {
      setTimeout(() => (prevented = event.defaultPrevented));
    });
    field.focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(prevented, 'the bubble was suppressed').to.equal(true);
    expect(field.querySelector('[slot="error"]')?.textContent).to.contain('Fill in this field.');
  });
});
