import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/radio-group';
import type { BfRadioGroup } from '@belfry/components';
import { axNode, axQuery } from '../helpers/ax-query.js';
import { attemptSubmit } from '../helpers/choice.js';

// What assistive technology meets: the browser's own accessibility tree, not our DOM.
const isFirefox = navigator.userAgent.includes('Firefox');

const questions = html`<form>
  <bf-radio-group id="lang-group" label="In welke taal?" name="language" hint="Voor uw brieven">
    <bf-radio value="nl">Nederlands</bf-radio>
    <bf-radio value="fr" hint="Ook voor Brussel">Français</bf-radio>
    <bf-radio value="de" disabled>Deutsch</bf-radio>
  </bf-radio-group>
</form>`;

describe('bf-radio-group in the accessibility tree', () => {
  it('is a group named by its question (its legend), in Chromium and Firefox', async () => {
    const form = await fixture(questions);
    await form.querySelector('bf-radio-group')!.updateComplete;
    const groups = await axQuery('group', 'In welke taal? (optional)', 'lang-group');
    expect(groups).to.deep.equal(['fieldset']);
  });

  it('holds radio buttons named by their text, in Chromium and Firefox', async () => {
    const form = await fixture(questions);
    await form.querySelector('bf-radio-group')!.updateComplete;
    for (const name of ['Nederlands', 'Français', 'Deutsch']) {
      const radios = await axQuery('radio', name);
      expect(radios, name).to.deep.equal(['input']);
    }
  });

  describe('in Chromium (descriptions and states)', () => {
    before(function () {
      // The nodes come from the Chrome DevTools Protocol, which Firefox does not offer.
      if (isFirefox) this.skip();
    });

    it('describes the group by its hint, and each radio by its own', async () => {
      const form = await fixture(questions);
      await form.querySelector('bf-radio-group')!.updateComplete;
      const group = await axNode('bf-radio-group', 'fieldset');
      expect(group).to.include({
        role: 'group',
        name: 'In welke taal? (optional)',
        description: 'Voor uw brieven',
      });
      const french = await axNode('bf-radio[value="fr"] input');
      expect(french).to.include({
        role: 'radio',
        name: 'Français',
        description: 'Ook voor Brussel',
      });
      expect((await axNode('bf-radio[value="de"] input')).properties.disabled).to.equal(true);
    });

    it('says which radio is chosen', async () => {
      const form = await fixture(questions);
      const group = form.querySelector<BfRadioGroup>('bf-radio-group')!;
      await group.updateComplete;
      group.value = 'fr';
      expect((await axNode('bf-radio[value="fr"] input')).properties.checked).to.equal('true');
      expect((await axNode('bf-radio[value="nl"] input')).properties.checked).to.equal('false');
    });

    it('is described by its error and marks its radios invalid after a failed submit', async () => {
      document.documentElement.lang = 'en';
      try {
        const form = await fixture<HTMLFormElement>(questions);
        const group = form.querySelector<BfRadioGroup>('bf-radio-group')!;
        group.required = true;
        await group.updateComplete;
        await attemptSubmit(form);
        await group.updateComplete;
        const fieldset = await axNode('bf-radio-group', 'fieldset');
        expect(fieldset.name).to.equal('In welke taal?');
        expect(fieldset.description).to.equal('Voor uw brieven Error: Select one of the options.');
        const radio = await axNode('bf-radio[value="nl"] input');
        expect(radio.properties.invalid).to.equal('true');
      } finally {
        document.documentElement.removeAttribute('lang');
      }
    });
  });
});
