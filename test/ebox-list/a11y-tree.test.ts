import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/ebox-list';
import type { BfEboxList } from '@belfry/components';
import { axNode, axQuery } from '../helpers/ax-query.js';
import { inbox, inboxNow } from './helpers.js';

// What assistive technology meets: the browser's own accessibility tree, not our DOM.
const isFirefox = navigator.userAgent.includes('Firefox');

describe('bf-ebox-list in the accessibility tree', () => {
  let el: BfEboxList;
  beforeEach(async () => {
    const wrapper = await fixture(
      html`<div lang="fr-BE">
        <bf-ebox-list id="ebox" .now=${inboxNow} .messages=${inbox}></bf-ebox-list>
      </div>`,
    );
    el = wrapper.querySelector('bf-ebox-list')!;
    await el.updateComplete;
  });

  it('is a search landmark with labelled fields, and a list named "Messages"', async function () {
    // Six searches of the browser's whole tree; Firefox takes seconds for each on a busy machine.
    this.timeout(60_000);
    expect(await axQuery('search', 'Rechercher et filtrer les messages', 'ebox')).to.deep.equal([
      'form',
    ]);
    expect(
      await axQuery('searchbox', 'Rechercher dans l’objet et l’expéditeur', 'ebox'),
    ).to.have.length(1);
    expect(await axQuery('combobox', 'Lu ou non lu', 'ebox')).to.have.length(1);
    expect(await axQuery('combobox', 'Trier', 'ebox')).to.have.length(1);
    expect(await axQuery('list', 'Messages', 'ebox')).to.deep.equal(['ul']);
    expect(await axQuery('group', 'Messages sélectionnés', 'ebox')).to.have.length(1);
  });

  it('names each checkbox after its message, and each subject by its text', async function () {
    this.timeout(30_000);
    expect(
      await axQuery('checkbox', 'Sélectionner : Votre estimation de pension', 'ebox'),
    ).to.have.length(1);
    expect(await axQuery('button', 'Votre estimation de pension', 'ebox')).to.have.length(1);
  });

  it('exposes the list with its six messages, each subject inside a list item', async function () {
    if (isFirefox) this.skip(); // Node details come from Chromium's DevTools protocol.
    const list = await axNode('bf-ebox-list', '[part="list"]');
    expect(list.role).to.equal('list');
    const subject = await axNode('bf-ebox-list', '[part="message"] [part="subject"]');
    expect(subject.ancestorRoles).to.include('listitem');
    expect(el.shadowRoot!.querySelectorAll('[part="list"] > li')).to.have.length(6);
  });
});
