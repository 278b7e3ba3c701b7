import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/checkbox-group';
import type { BfCheckbox } from '@belfry/components';
import { axNode, axQuery } from '../helpers/ax-query.js';

// What assistive technology meets: the browser's own accessibility tree, not our DOM.

describe('bf-checkbox in the accessibility tree', () => {
  it('is a checkbox named by its content; a group is named by its question (Chromium and Firefox)', async () => {
    await fixture(
      html`<bf-checkbox-group id="contact-group" label="Hoe mogen we u contacteren?">
        <bf-checkbox value="post">Per post</bf-checkbox>
        <bf-checkbox value="email">Per e-mail</bf-checkbox>
      </bf-checkbox-group>`,
    );
    expect(await axQuery('checkbox', 'Per post')).to.deep.equal(['input']);
    const groups = await axQuery(
      'group',
      'Hoe mogen we u contacteren? (optional)',
      'contact-group',
    );
    expect(groups).to.deep.equal(['fieldset']);
  });

  describe('in Chromium (descriptions and states)', () => {
    before(function () {
      // The nodes come from the Chrome DevTools Protocol, which Firefox does not offer.
      if (navigator.userAgent.includes('Firefox')) this.skip();
    });

    it('is described by its hint, and checked when ticked', async () => {
      const el = await fixture<BfCheckbox>(
        html`<bf-checkbox required hint="Lees eerst de voorwaarden">Ik ga akkoord</bf-checkbox>`,
      );
      expect((await axNode('bf-checkbox input')).properties.checked).to.equal('false');
      el.checked = true;
      const box = await axNode('bf-checkbox input');
      expect(box).to.include({
        role: 'checkbox',
        name: 'Ik ga akkoord',
        description: 'Lees eerst de voorwaarden',
      });
      expect(box.properties.checked).to.equal('true');
    });
  });
});
