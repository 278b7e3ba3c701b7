import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '@belfry/components/dialog';
import '@belfry/components/button';
import { announce } from '@belfry/core';
import type { BfDialog, DialogCloseDetail } from '@belfry/components';
import { forEachLocale } from '../helpers/locales.js';

const inner = (el: BfDialog) => el.shadowRoot!.querySelector('dialog')!;
const closeButton = (el: BfDialog) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="close"]')!;
const title = (el: BfDialog) => el.shadowRoot!.querySelector<HTMLElement>('#title')!;

async function openDialog(el: BfDialog): Promise<void> {
  el.show();
  await el.updateComplete;
}

function confirmDialog() {
  return html`<div>
    <bf-button id="opener">Delete my application</bf-button>
    <bf-dialog heading="Delete your application?">
      <p>Your answers will be deleted. You cannot undo this.</p>
      <bf-button slot="footer" variant="danger" id="confirm">Delete</bf-button>
      <bf-button slot="footer" variant="secondary" id="cancel">Keep it</bf-button>
    </bf-dialog>
  </div>`;
}

describe('bf-dialog', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  describe('opening and closing', () => {
    it('is closed and takes no room until it opens', async () => {
      const wrapper = await fixture(confirmDialog());
      const el = wrapper.querySelector('bf-dialog')!;
      expect(el.open).to.equal(false);
      expect(inner(el).open).to.equal(false);
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(wrapper.querySelector('p')!.checkVisibility()).to.equal(false);
    });

    it('makes short content no Tab stop of its own', async () => {
      const el = await fixture<BfDialog>(
        html`<bf-dialog heading="Help"><p>Call 1234.</p></bf-dialog>`,
      );
      await openDialog(el);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await el.updateComplete;
      const body = el.shadowRoot!.querySelector('[part="body"]')!;
      expect(body.hasAttribute('tabindex')).to.equal(false);
      el.close();
      await el.updateComplete;
    });

    it('opens as a modal with show(), reflects open, and fires bf-dialog-open', async () => {
      const wrapper = await fixture(confirmDialog());
      const el = wrapper.querySelector('bf-dialog')!;
      const opened = oneEvent(el, 'bf-dialog-open');
      await openDialog(el);
      await opened;
      expect(el.hasAttribute('open')).to.equal(true);
      expect(inner(el).matches(':modal')).to.equal(true);
      expect(wrapper.querySelector('p')!.checkVisibility()).to.equal(true);
      el.close();
      await el.updateComplete;
    });

    it('opens and closes with the open attribute', async () => {
      const el = await fixture<BfDialog>(
        html`<bf-dialog heading="Help"><p>Call 1234.</p></bf-dialog>`,
      );
      el.setAttribute('open', '');
      await el.updateComplete;
      expect(inner(el).matches(':modal')).to.equal(true);
      el.removeAttribute('open');
      await el.updateComplete;
      expect(inner(el).open).to.equal(false);
    });

    it('opens when written open in the page', async () => {
      const el = await fixture<BfDialog>(
        html`<bf-dialog heading="Help" open><p>Call 1234.</p></bf-dialog>`,
      );
      expect(inner(el).matches(':modal')).to.equal(true);
      el.close();
      await el.updateComplete;
    });

    it('closes with close(returnValue) and reports the value and reason', async () => {
      const wrapper = await fixture(confirmDialog());
      const el = wrapper.querySelector('bf-dialog')!;
      await openDialog(el);
      const closed = oneEvent(el, 'bf-dialog-close');
      el.close('delete');
      const { detail } = await closed;
      expect(detail).to.deep.equal({ reason: 'method', returnValue: 'delete' });
      expect(el.returnValue).to.equal('delete');
      expect(el.open).to.equal(false);
      expect(el.hasAttribute('open')).to.equal(false);
    });

    it('closes with its close button, after a cancelable bf-dialog-request-close', async () => {
      const wrapper = await fixture(confirmDialog());
      const el = wrapper.querySelector('bf-dialog')!;
      await openDialog(el);
      const requests: string[] = [];
      el.addEventListener('bf-dialog-request-close', (event) => requests.push(event.detail.reason));
      const closed = oneEvent(el, 'bf-dialog-close');
      closeButton(el).click();
      const { detail } = (await closed) as CustomEvent<DialogCloseDetail>;
      expect(requests).to.deep.equal(['close-button']);
      expect(detail).to.deep.equal({ reason: 'close-button', returnValue: '' });
      expect(inner(el).open).to.equal(false);
    });

    it('stays open when a listener cancels the request', async () => {
      const el = await fixture<BfDialog>(
        html`<bf-dialog heading="Unsaved answers"><p>x</p></bf-dialog>`,
      );
      await openDialog(el);
      el.addEventListener('bf-dialog-request-close', (event) => event.preventDefault());
      closeButton(el).click();
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expect(inner(el).open).to.equal(true);
      expect(el.requestClose('escape')).to.equal(false);
      el.close();
      await el.updateComplete;
      expect(inner(el).open).to.equal(false);
    });

    it('does not close on a click beside it unless light-dismiss is set', async () => {
      const el = await fixture<BfDialog>(html`<bf-dialog heading="Help"><p>x</p></bf-dialog>`);
      await openDialog(el);
      const beside = () =>
        inner(el).dispatchEvent(
          new MouseEvent('click', { bubbles: true, clientX: 1, clientY: 1, detail: 1 }),
        );
      beside();
      await el.updateComplete;
      expect(el.open, 'light dismiss is off by default').to.equal(true);
      el.lightDismiss = true;
      // A click inside the dialog's own box never closes it.
      const box = inner(el).getBoundingClientRect();
      inner(el).dispatchEvent(
        new MouseEvent('click', {
          bubbles: true,
          clientX: box.left + 5,
          clientY: box.top + 5,
          detail: 1,
        }),
      );
      await el.updateComplete;
      expect(el.open).to.equal(true);
      const closed = oneEvent(el, 'bf-dialog-close');
      beside();
      expect((await closed).detail.reason).to.equal('backdrop');
    });

    it('gives the page back when it is removed while open', async () => {
      const wrapper = await fixture(confirmDialog());
      const el = wrapper.querySelector('bf-dialog')!;
      await openDialog(el);
      expect(getComputedStyle(document.documentElement).overflow).to.equal('hidden');
      el.remove();
      expect(getComputedStyle(document.documentElement).overflow).to.not.equal('hidden');
      await el.updateComplete;
      expect(el.open).to.equal(false);
      wrapper.append(el);
      await el.updateComplete;
      expect(inner(el).open, 'put back, it stays closed').to.equal(false);
    });
  });

  describe('name and heading', () => {
    it('is named by its heading, rendered at the level asked for', async () => {
      const el = await fixture<BfDialog>(
        html`<bf-dialog heading="Contact us" heading-level="3"><p>x</p></bf-dialog>`,
      );
      const heading = el.shadowRoot!.querySelector('[part="heading"]')!;
      expect(heading.localName).to.equal('h3');
      expect(heading.textContent).to.equal('Contact us');
      expect(inner(el).getAttribute('aria-labelledby')).to.equal('title');
      expect(title(el).contains(heading)).to.equal(true);
    });

    it('takes a heading of the page’s own from the heading slot', async () => {
      const el = await fixture<BfDialog>(
        html`<bf-dialog
          ><h2 slot="heading">Change your address</h2>
          <p>x</p></bf-dialog
        >`,
      );
      const slot = title(el).querySelector('slot')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Change your address');
    });

    it('warns when it has no heading at all', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        await fixture<BfDialog>(html`<bf-dialog><p>x</p></bf-dialog>`);
        expect(warnings.join('\n')).to.match(/bf-dialog.*no heading/);
      } finally {
        console.warn = original;
      }
    });

    it('names its close button in the page’s language', async () => {
      const names: string[] = [];
      await forEachLocale(async () => {
        const el = await fixture<BfDialog>(html`<bf-dialog heading="x"></bf-dialog>`);
        names.push(closeButton(el).getAttribute('aria-label')!);
      });
      expect(names).to.deep.equal(['Sluiten', 'Fermer', 'Schließen', 'Close']);
    });

    it('renders its heading as text, never as HTML', async () => {
      const el = await fixture<BfDialog>(
        html`<bf-dialog heading=${'<img src=x onerror=alert(1)>'}></bf-dialog>`,
      );
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    });
  });

  describe('focus', () => {
    it('moves focus to the heading when it opens, and back to the opener when it closes', async () => {
      const wrapper = await fixture(confirmDialog());
      const el = wrapper.querySelector('bf-dialog')!;
      const opener = wrapper.querySelector<HTMLElement>('#opener')!;
      opener.focus();
      await openDialog(el);
      expect(el.shadowRoot!.activeElement).to.equal(title(el));
      el.close();
      await el.updateComplete;
      expect(document.activeElement).to.equal(opener);
    });

    it('moves focus to the content’s autofocus element when there is one', async () => {
      const el = await fixture<BfDialog>(
        html`<bf-dialog heading="Search">
          <label for="q">Search</label><input id="q" autofocus />
        </bf-dialog>`,
      );
      await openDialog(el);
      expect(document.activeElement).to.equal(el.querySelector('input'));
      el.close();
      await el.updateComplete;
    });

    it('sends focus to the body, not to a removed opener', async () => {
      const wrapper = await fixture(confirmDialog());
      const el = wrapper.querySelector('bf-dialog')!;
      const opener = wrapper.querySelector<HTMLElement>('#opener')!;
      opener.focus();
      await openDialog(el);
      opener.remove();
      el.close();
      await el.updateComplete;
      expect(wrapper.contains(document.activeElement)).to.equal(false);
    });
  });

  describe('the page behind', () => {
    it('locks the page’s scrolling while open, and restores it, at the same position', async () => {
      const wrapper = await fixture(
        html`<div>
          <div style="block-size: 3000px">Long page</div>
          <bf-dialog heading="Help"><p>x</p></bf-dialog>
        </div>`,
      );
      const el = wrapper.querySelector('bf-dialog')!;
      window.scrollTo(0, 500);
      const width = document.body.getBoundingClientRect().width;
      await openDialog(el);
      expect(getComputedStyle(document.documentElement).overflow).to.equal('hidden');
      expect(window.scrollY).to.equal(500);
      expect(document.body.getBoundingClientRect().width, 'the page does not shift').to.equal(
        width,
      );
      el.close();
      await el.updateComplete;
      expect(getComputedStyle(document.documentElement).overflow).to.equal('visible');
      expect(document.documentElement.hasAttribute('style')).to.equal(false);
      expect(window.scrollY).to.equal(500);
      window.scrollTo(0, 0);
    });

    it('moves the page’s announcer inside while open, so that messages are still heard', async () => {
      const el = await fixture<BfDialog>(html`<bf-dialog heading="Upload"><p>x</p></bf-dialog>`);
      await openDialog(el);
      await announce('File uploaded');
      const region = document.querySelector('[data-bf-announcer="polite"]');
      expect(region, 'not in the light DOM while the dialog is open').to.equal(null);
      const inside = el.shadowRoot!.querySelector('[data-bf-announcer="polite"]')!;
      expect(inside.textContent!.trim()).to.equal('File uploaded');
      el.close();
      await el.updateComplete;
      await announce('Saved');
      expect(document.querySelector('[data-bf-announcer="polite"]')!.textContent!.trim()).to.equal(
        'Saved',
      );
    });
  });

  describe('small screens and zoom', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    const longDialog = () =>
      html`<bf-dialog heading="Voorwaarden voor de tegemoetkoming">
        ${Array.from(
          { length: 12 },
          (_, index) =>
            html`<p>
              Paragraaf ${index + 1}: u hebt recht op een tegemoetkoming als u in België woont.
            </p>`,
        )}
        <bf-button slot="footer">Ik ga akkoord met de voorwaarden</bf-button>
        <bf-button slot="footer" variant="secondary">Annuleren</bf-button>
      </bf-dialog>`;

    it('fits a 320 px window: no sideways scrolling, actions wrap, content scrolls inside', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await fixture<BfDialog>(longDialog());
      await openDialog(el);
      const box = inner(el).getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(320);
      expect(box.bottom).to.be.at.most(640);
      expect(inner(el).scrollWidth).to.be.at.most(inner(el).clientWidth);
      const body = el.shadowRoot!.querySelector<HTMLElement>('[part="body"]')!;
      expect(body.scrollHeight, 'the content scrolls').to.be.greaterThan(body.clientHeight);
      await waitUntil(
        () => body.getAttribute('tabindex') === '0',
        'content that scrolls is a Tab stop, so that the keyboard can scroll it',
      );
      const footer = el.shadowRoot!.querySelector<HTMLElement>('[part="footer"]')!;
      for (const action of el.querySelectorAll('[slot="footer"]')) {
        const actionBox = action.getBoundingClientRect();
        expect(actionBox.right).to.be.at.most(footer.getBoundingClientRect().right);
      }
      el.close();
      await el.updateComplete;
    });

    it('stays usable at 400 % zoom (320 × 256): the whole dialog scrolls', async () => {
      await setViewport({ width: 320, height: 256 });
      const el = await fixture<BfDialog>(longDialog());
      await openDialog(el);
      const dialog = inner(el);
      const box = dialog.getBoundingClientRect();
      expect(box.top).to.be.at.least(0);
      expect(box.bottom).to.be.at.most(256);
      expect(dialog.scrollHeight).to.be.greaterThan(dialog.clientHeight);
      expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth);
      // The last action can be scrolled to.
      const last = el.querySelectorAll('[slot="footer"]')[1]!;
      last.scrollIntoView();
      await waitUntil(() => last.getBoundingClientRect().bottom <= 256 + 1);
      el.close();
      await el.updateComplete;
    });
  });
});
