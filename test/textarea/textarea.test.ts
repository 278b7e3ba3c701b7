import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/textarea';
import { registerStrings, type BfTextarea } from '@belfry/components';
import { runFormControlTests, type FieldAttributes } from '../helpers/form-control.js';
import { settle } from '../helpers/locales.js';

/** A `<bf-textarea>` with these attributes, not yet in the page. */
function createTextarea(attributes: FieldAttributes): BfTextarea {
  const field = document.createElement('bf-textarea');
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) field.setAttribute(name, '');
    else if (typeof value === 'string') field.setAttribute(name, value);
  }
  return field;
}

runFormControlTests({
  tag: 'bf-textarea',
  create: createTextarea,
  createControl: () => document.createElement('textarea'),
  // Line breaks are part of the value, and are submitted as typed.
  value: 'Ik ben verhuisd.\nMijn pensioen komt nog op mijn oude adres.',
  otherValue: 'Ma pension arrive toujours à mon ancienne adresse.',
  enterSubmits: false,
});

const textareaOf = (field: BfTextarea) => field.control!;
const countOf = (field: BfTextarea) =>
  field.querySelector<HTMLElement>(':scope > [slot="count"]')?.textContent?.trim() ?? '';

/** Types `text` as a user would: the value changes and `input` fires. */
async function type(field: BfTextarea, text: string): Promise<void> {
  const control = textareaOf(field);
  control.value = text;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  await field.updateComplete;
}

/** Collects the messages sent to the page's polite announcer while `body` runs and settles. */
async function announcements(body: () => Promise<void>, wait = 1400): Promise<string[]> {
  const heard: string[] = [];
  const observer = new MutationObserver(() => {
    const region = document.querySelector('[data-bf-announcer="polite"]');
    const text = region?.textContent?.trim();
    if (text) heard.push(text);
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  try {
    await body();
    await aTimeout(wait);
  } finally {
    observer.disconnect();
  }
  return heard;
}

describe('bf-textarea', () => {
  it('is a native textarea in light DOM, labelled, with the hint as its description', async () => {
    const field = await fixture<BfTextarea>(
      html`<bf-textarea
        label="Beschrijf uw vraag"
        hint="Geen bankgegevens."
        name="question"
        required
      ></bf-textarea>`,
    );
    const control = textareaOf(field);
    expect(control).to.be.instanceOf(HTMLTextAreaElement);
    expect(control.parentElement).to.equal(field);
    expect(control.labels![0]!.textContent!.trim()).to.equal('Beschrijf uw vraag');
    const describedBy = control.getAttribute('aria-describedby')!.split(' ');
    expect(document.getElementById(describedBy[0]!)!.textContent).to.equal('Geen bankgegevens.');
    expect(control.name).to.equal('question');
    expect(control.required).to.equal(true);
  });

  it('shows 5 rows unless told otherwise, and warns about a rows value it cannot use', async () => {
    const field = await fixture<BfTextarea>(html`<bf-textarea label="Vraag"></bf-textarea>`);
    expect(textareaOf(field).rows).to.equal(5);
    field.rows = 8;
    await field.updateComplete;
    expect(textareaOf(field).rows).to.equal(8);
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      field.rows = 0;
      await field.updateComplete;
    } finally {
      console.warn = original;
    }
    expect(textareaOf(field).rows, 'a safe fallback').to.equal(5);
    expect(String(warnings[0])).to.contain('rows="0"');
  });

  it('moves focus into the box with focus(), and out of it with blur()', async () => {
    const field = await fixture<BfTextarea>(html`<bf-textarea label="Vraag"></bf-textarea>`);
    field.focus();
    expect(document.activeElement).to.equal(textareaOf(field));
    field.blur();
    expect(document.activeElement).to.not.equal(textareaOf(field));
  });

  it('passes autocomplete, readonly and disabled to the textarea', async () => {
    const field = await fixture<BfTextarea>(
      html`<bf-textarea label="Adres" autocomplete="street-address" readonly></bf-textarea>`,
    );
    const control = textareaOf(field);
    expect(control.autocomplete).to.equal('street-address');
    expect(control.readOnly).to.equal(true);
    field.readonly = false;
    field.disabled = true;
    await field.updateComplete;
    expect(control.readOnly).to.equal(false);
    expect(control.disabled).to.equal(true);
  });

  describe('character count', () => {
    it('shows what is left, in the page language, and says so to screen readers', async () => {
      const field = await fixture<BfTextarea>(
        html`<bf-textarea lang="nl-BE" label="Vraag" maxlength="200"></bf-textarea>`,
      );
      expect(countOf(field)).to.equal('U kunt nog 200 tekens typen');
      await type(field, 'Gent');
      expect(countOf(field)).to.equal('U kunt nog 196 tekens typen');
      const count = field.querySelector(':scope > [slot="count"]')!;
      expect(textareaOf(field).getAttribute('aria-describedby')).to.contain(count.id);
    });

    it('counts characters as people see them: an accent or an emoji is one', async () => {
      const field = await fixture<BfTextarea>(
        html`<bf-textarea lang="en" label="Question" maxlength="10"></bf-textarea>`,
      );
      await type(field, 'café 👍');
      expect(countOf(field)).to.equal('You have 4 characters remaining');
    });

    it('lets people type on over the limit, says how many are too many, and is invalid', async () => {
      const field = await fixture<BfTextarea>(
        html`<bf-textarea lang="fr-BE" label="Question" maxlength="5"></bf-textarea>`,
      );
      const control = textareaOf(field);
      expect(control.hasAttribute('maxlength'), 'no native limit that cuts text off').to.equal(
        false,
      );
      await type(field, 'Bruxelles');
      expect(field.value, 'nothing typed is cut off').to.equal('Bruxelles');
      expect(countOf(field)).to.equal('Vous avez 4 caractères de trop');
      expect(field.querySelector('[slot="count"]')!.hasAttribute('data-bf-over')).to.equal(true);
      expect(field.checkValidity()).to.equal(false);
      expect(field.validationMessage).to.equal('Utilisez au maximum 5 caractères.');
      await type(field, 'Namur');
      expect(field.checkValidity()).to.equal(true);
      expect(field.querySelector('[slot="count"]')!.hasAttribute('data-bf-over')).to.equal(false);
    });

    it('is announced politely once typing pauses, not on every key', async () => {
      const field = await fixture<BfTextarea>(
        html`<bf-textarea lang="de-BE" label="Frage" maxlength="20"></bf-textarea>`,
      );
      const heard = await announcements(async () => {
        for (const text of ['E', 'Eu', 'Eup', 'Eupe', 'Eupen']) {
          await type(field, text);
          await aTimeout(50);
        }
      });
      expect(heard).to.deep.equal(['Sie können noch 15 Zeichen eingeben']);
    });

    it('follows a change of language, and goes when maxlength is removed', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="nl-BE"><bf-textarea label="Vraag" maxlength="1"></bf-textarea></div>`,
      );
      const field = wrapper.querySelector('bf-textarea')!;
      expect(countOf(field)).to.equal('U kunt nog 1 teken typen');
      wrapper.lang = 'en';
      await settle();
      await field.updateComplete;
      expect(countOf(field)).to.equal('You have 1 character remaining');
      field.removeAttribute('maxlength');
      await field.updateComplete;
      expect(field.querySelector('[slot="count"]')).to.equal(null);
    });

    it('takes its wording from the page, for textareas only, and from the element', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="nl-BE">
          <bf-textarea label="Vraag" maxlength="5"></bf-textarea>
          <bf-textarea
            label="Vraag"
            maxlength="5"
            strings='{"charactersRemaining": {"one": "Nog {count} teken", "other": "Nog {count} tekens"}}'
          ></bf-textarea>
        </div>`,
      );
      const [page, own] = Array.from(wrapper.querySelectorAll('bf-textarea'));
      registerStrings('nl', {
        'bf-textarea': {
          charactersRemaining: { one: 'Nog {count} letter', other: 'Nog {count} letters' },
        },
      });
      try {
        await page!.updateComplete;
        await own!.updateComplete;
        expect(countOf(page!)).to.equal('Nog 5 letters');
        expect(countOf(own!), 'the element’s own wording wins').to.equal('Nog 5 tekens');
      } finally {
        registerStrings('nl', {
          'bf-textarea': {
            charactersRemaining: {
              one: 'U kunt nog {count} teken typen',
              other: 'U kunt nog {count} tekens typen',
            },
          },
        });
      }
    });

    it('ignores a maxlength it cannot use, with a warning', async () => {
      const warnings: unknown[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const field = await fixture<BfTextarea>(
          html`<bf-textarea label="Vraag" maxlength="veel"></bf-textarea>`,
        );
        await type(field, 'Gent');
        expect(field.querySelector('[slot="count"]')).to.equal(null);
        expect(field.checkValidity()).to.equal(true);
      } finally {
        console.warn = original;
      }
      expect(warnings.join('\n')).to.contain('maxlength');
    });
  });

  describe('written in the markup', () => {
    it('adopts the textarea with its rows and maxlength, and lets the count take over the limit', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form lang="en">
          <bf-textarea>
            <label for="reason">Reason</label>
            <textarea id="reason" name="reason" rows="3" maxlength="50">Moved</textarea>
          </bf-textarea>
        </form>`,
      );
      const field = form.querySelector('bf-textarea')!;
      await field.updateComplete;
      const control = form.querySelector('textarea')!;
      expect(field.control).to.equal(control);
      expect(field.querySelectorAll('textarea').length).to.equal(1);
      expect(control.rows).to.equal(3);
      expect(field.rows).to.equal(3);
      expect(field.maxLength).to.equal(50);
      expect(control.hasAttribute('maxlength')).to.equal(false);
      expect(countOf(field)).to.equal('You have 45 characters remaining');
      expect(new FormData(form).get('reason')).to.equal('Moved');
    });
  });

  describe('size', () => {
    it('fills its container and never scrolls sideways at 320 px', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 288px">
          <bf-textarea
            label="Uw aanvraag voor een tegemoetkoming voor personen met een handicap"
            maxlength="500"
            value="Eenzeerlangwoordzonderspatieswaarvandebreedtegroterisdandecontainer"
          ></bf-textarea>
        </div>`,
      );
      const field = wrapper.querySelector('bf-textarea')!;
      await field.updateComplete;
      const box = field.shadowRoot!.querySelector('[part="box"]')!.getBoundingClientRect();
      expect(box.width, 'the box fills the width').to.be.closeTo(288, 1);
      expect(textareaOf(field).getBoundingClientRect().width).to.be.at.most(288);
      expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
      expect(getComputedStyle(textareaOf(field)).resize).to.equal('vertical');
    });

    it('grows with the text where the browser can, and never below its rows', async function () {
      if (!CSS.supports('min-block-size: calc(attr(rows type(<number>), 5) * 1lh)')) this.skip();
      const field = await fixture<BfTextarea>(
        html`<bf-textarea label="Vraag" rows="3" style="inline-size: 20rem"></bf-textarea>`,
      );
      const control = textareaOf(field);
      const empty = control.getBoundingClientRect().height;
      const lineHeight = parseFloat(getComputedStyle(control).lineHeight);
      expect(empty).to.be.at.least(3 * lineHeight);
      await type(field, 'Een\ntwee\ndrie\nvier\nvijf\nzes\nzeven');
      expect(control.getBoundingClientRect().height).to.be.at.least(7 * lineHeight);
      expect(control.scrollHeight).to.be.at.most(control.clientHeight + 1);
    });
  });

  it('keeps what was typed when the language changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="nl-BE"><bf-textarea label="Vraag" maxlength="100"></bf-textarea></div>`,
    );
    const field = wrapper.querySelector('bf-textarea')!;
    await type(field, 'Ik ben verhuisd.');
    for (const lang of ['fr-BE', 'de-BE', 'en', 'nl-BE']) {
      wrapper.lang = lang;
      await settle();
      expect(field.value, lang).to.equal('Ik ben verhuisd.');
    }
    expect(countOf(field)).to.equal('U kunt nog 84 tekens typen');
  });
});
