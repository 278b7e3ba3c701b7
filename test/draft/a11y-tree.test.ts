// How assistive technology meets the draft's notice: the browser's accessibility tree, not the DOM.
import { expect } from '@open-wc/testing';
import { axQuery } from '../helpers/ax-query.js';
import { clearStorage, field, openForm, type } from './fixture.js';

describe('bf-draft in the accessibility tree', () => {
  beforeEach(clearStorage);
  afterEach(clearStorage);

  it('exposes "Start again" as a button in the page language, only while answers came back', async () => {
    const first = await openForm({ lang: 'fr-BE' });
    type(field(first, 'floor'), '2');
    first.save();
    // No notice yet on a page without a draft.
    first.id = 'draft-tree';
    expect(await axQuery('button', 'Recommencer', 'draft-tree')).to.deep.equal([]);
    first.removeAttribute('id');
    const draft = await openForm({ lang: 'fr-BE' });
    draft.id = 'draft-tree';
    expect(await axQuery('button', 'Recommencer', 'draft-tree')).to.deep.equal(['button']);
    // The notice is text in page order, not a live region of its own (core's announcer speaks).
    const message = draft.shadowRoot!.querySelector('[part="message"]')!;
    expect(message.closest('[aria-live], [role="status"], [role="alert"]')).to.equal(null);
  });
});
