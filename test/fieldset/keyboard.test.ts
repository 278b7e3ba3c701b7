import { fixture, html } from '@open-wc/testing';
import '@belfry/components/fieldset';
import '@belfry/components/button';
import type { BfFieldset } from '@belfry/components';
import { expectTabOrder } from '../helpers/keyboard.js';

describe('<bf-fieldset> with the keyboard', () => {
  async function group(disabled: boolean) {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <bf-fieldset legend="Your address" ?disabled=${disabled}>
          <label for="street">Street</label><input id="street" name="street" />
          <label for="city">City</label><input id="city" name="city" />
          <bf-button>Look up the address</bf-button>
        </bf-fieldset>
        <label for="email">E-mail</label><input id="email" name="email" />
      </form>`,
    );
    const element = form.querySelector<BfFieldset>('bf-fieldset')!;
    await element.updateComplete;
    return { form, element };
  }

  it('adds no tab stop of its own: Tab goes through its fields in order', async () => {
    const { form } = await group(false);
    await expectTabOrder([
      form.querySelector('#street')!,
      form.querySelector('#city')!,
      form.querySelector('bf-button')!,
      form.querySelector('#email')!,
    ]);
  });

  it('takes every field out of the tab order while disabled, and back', async () => {
    const { form, element } = await group(true);
    await expectTabOrder([form.querySelector('#email')!]);
    element.disabled = false;
    await element.updateComplete;
    await expectTabOrder([
      form.querySelector('#street')!,
      form.querySelector('#city')!,
      form.querySelector('bf-button')!,
      form.querySelector('#email')!,
    ]);
  });
});
