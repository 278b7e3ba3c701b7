import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/select';
import { registerStrings, type BfSelect } from '@belfry/components';
import { runFormControlTests, type FieldAttributes } from '../helpers/form-control.js';
import { settle } from '../helpers/locales.js';

const provinces: Array<[string, string]> = [
  ['VAN', 'Antwerpen'],
  ['VLI', 'Limburg'],
  ['WLG', 'Luik'],
  ['WNA', 'Namen'],
];

/** The provinces as options, after an empty first option (the state "nothing chosen"). */
function provinceOptions(): HTMLOptionElement[] {
  return [['', 'Maak een keuze'], ...provinces].map(([value, text]) => new Option(text, value));
}

/** A `<bf-select>` with these attributes and the provinces as its options, not yet in the page. */
function createSelect(attributes: FieldAttributes): BfSelect {
  const field = document.createElement('bf-select');
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) field.setAttribute(name, '');
    else if (typeof value === 'string') field.setAttribute(name, value);
  }
  field.append(...provinceOptions());
  return field;
}

runFormControlTests({
  tag: 'bf-select',
  create: createSelect,
  createControl: () => {
    const select = document.createElement('select');
    select.append(...provinceOptions());
    return select;
  },
  value: 'WLG',
  otherValue: 'VLI',
  // Choosing by setting the value, as a user's choice does: `input`, then `change`.
  enterSubmits: false,
  readonly: false,
});

const selectOf = (field: BfSelect) => field.control!;
const optionTexts = (field: BfSelect) => Array.from(selectOf(field).options, (o) => o.text);

function captureWarnings(): { warnings: string[]; restore: () => void } {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  return { warnings, restore: () => (console.warn = original) };
}

describe('bf-select', () => {
  it('moves the options written inside it into a native select in light DOM, in order', async () => {
    const field = await fixture<BfSelect>(
      html`<bf-select label="Provincie" name="province">
        <option value="VAN">Antwerpen</option>
        <optgroup label="Waals Gewest">
          <option value="WLG">Luik</option>
          <option value="WNA" selected>Namen</option>
        </optgroup>
      </bf-select>`,
    );
    const select = selectOf(field);
    expect(select).to.be.instanceOf(HTMLSelectElement);
    expect(select.parentElement).to.equal(field);
    expect(field.querySelectorAll(':scope > option, :scope > optgroup').length).to.equal(0);
    expect(optionTexts(field)).to.deep.equal(['Antwerpen', 'Luik', 'Namen']);
    expect(select.querySelector('optgroup')!.label).to.equal('Waals Gewest');
    expect(field.value, 'the option the page marked selected').to.equal('WNA');
    expect(select.labels![0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Provincie (optional)',
    );
    // No dropdown of its own: one native select, drawn by the browser.
    expect(select.multiple).to.equal(false);
    expect(field.shadowRoot!.querySelector('[role="listbox"], [role="option"]')).to.equal(null);
  });

  it('moves options added later (by a framework or a script) into the select', async () => {
    const field = await fixture<BfSelect>(html`<bf-select label="Provincie"></bf-select>`);
    field.append(new Option('Limburg', 'VLI'), new Option('Luik', 'WLG'));
    await settle();
    await field.updateComplete;
    expect(optionTexts(field)).to.deep.equal(['Limburg', 'Luik']);
  });

  it('chooses a value set before its options arrive, once they do', async () => {
    const field = await fixture<BfSelect>(html`<bf-select label="Provincie"></bf-select>`);
    field.value = 'WLG';
    field.append(...provinceOptions());
    await settle();
    await field.updateComplete;
    expect(field.value).to.equal('WLG');
  });

  describe('placeholder', () => {
    it('adds nothing unless asked: the first option is chosen, as natively', async () => {
      const field = await fixture<BfSelect>(
        html`<bf-select label="Provincie">
          <option value="VAN">Antwerpen</option>
          <option value="VLI">Limburg</option>
        </bf-select>`,
      );
      expect(optionTexts(field)).to.deep.equal(['Antwerpen', 'Limburg']);
      expect(field.value).to.equal('VAN');
    });

    it('adds an empty first option in the page language, chosen until the citizen chooses', async () => {
      const texts = {
        'nl-BE': 'Maak een keuze',
        'fr-BE': 'Faites un choix',
        'de-BE': 'Bitte wählen',
        en: 'Choose an option',
      };
      for (const [lang, text] of Object.entries(texts)) {
        const form = await fixture<HTMLFormElement>(
          html`<form lang=${lang}>
            <bf-select label="Provincie" name="province" placeholder required>
              <option value="VAN">Antwerpen</option>
              <option value="VLI">Limburg</option>
            </bf-select>
          </form>`,
        );
        const field = form.querySelector('bf-select')!;
        await field.updateComplete;
        const first = selectOf(field).options[0]!;
        expect(first.text, lang).to.equal(text);
        expect(first.value).to.equal('');
        expect(field.value).to.equal('');
        expect(new FormData(form).get('province')).to.equal('');
        expect(field.validity!.valueMissing, 'choosing nothing is no answer').to.equal(true);
      }
    });

    it('takes its own text, follows a language switch, and goes when removed', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="nl-BE">
          <bf-select label="Provincie" placeholder>
            <option value="VAN">Antwerpen</option>
          </bf-select>
        </div>`,
      );
      const field = wrapper.querySelector('bf-select')!;
      await field.updateComplete;
      wrapper.lang = 'fr-BE';
      await settle();
      await field.updateComplete;
      expect(optionTexts(field)[0]).to.equal('Faites un choix');
      field.placeholder = 'Kies uw provincie';
      await field.updateComplete;
      expect(optionTexts(field)).to.deep.equal(['Kies uw provincie', 'Antwerpen']);
      field.removeAttribute('placeholder');
      await field.updateComplete;
      expect(optionTexts(field)).to.deep.equal(['Antwerpen']);
    });

    it('takes its wording from the page, and from the element', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="de-BE">
          <bf-select label="Provinz" placeholder><option value="WLG">Lüttich</option></bf-select>
          <bf-select label="Provinz" placeholder strings='{"placeholder": "Provinz wählen"}'>
            <option value="WLG">Lüttich</option>
          </bf-select>
        </div>`,
      );
      const [page, own] = Array.from(wrapper.querySelectorAll('bf-select'));
      registerStrings('de', { 'bf-select': { placeholder: 'Bitte auswählen' } });
      try {
        await page!.updateComplete;
        await own!.updateComplete;
        expect(optionTexts(page!)[0]).to.equal('Bitte auswählen');
        expect(optionTexts(own!)[0]).to.equal('Provinz wählen');
      } finally {
        registerStrings('de', { 'bf-select': { placeholder: 'Bitte wählen' } });
      }
    });

    it('is marked English on a page in another language', async () => {
      const field = await fixture<BfSelect>(
        html`<bf-select lang="es" label="Provincia" placeholder>
          <option value="VAN">Amberes</option>
        </bf-select>`,
      );
      expect(selectOf(field).options[0]!.lang).to.equal('en');
    });

    it('does not double an empty first option the page wrote itself', async () => {
      const field = await fixture<BfSelect>(
        html`<bf-select label="Provincie" placeholder>
          <select name="province">
            <option value="">Kies uw provincie</option>
            <option value="VAN">Antwerpen</option>
          </select>
        </bf-select>`,
      );
      expect(optionTexts(field)).to.deep.equal(['Kies uw provincie', 'Antwerpen']);
    });

    it('never takes over a choice already made', async () => {
      const field = await fixture<BfSelect>(
        html`<bf-select label="Provincie">
          <option value="VAN">Antwerpen</option>
          <option value="VLI">Limburg</option>
        </bf-select>`,
      );
      field.value = 'VLI';
      field.placeholder = '';
      await field.updateComplete;
      expect(field.value).to.equal('VLI');
    });
  });

  describe('value', () => {
    it('chooses by the value attribute, which is also what a reset returns to', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <bf-select label="Provincie" name="province" value="VLI" placeholder>
            <option value="VAN">Antwerpen</option>
            <option value="VLI">Limburg</option>
          </bf-select>
        </form>`,
      );
      const field = form.querySelector('bf-select')!;
      await field.updateComplete;
      expect(field.value).to.equal('VLI');
      expect(field.defaultValue).to.equal('VLI');
      field.value = 'VAN';
      form.reset();
      await settle();
      expect(field.value).to.equal('VLI');
    });

    it('keeps a choice made over a new value attribute, until the form is reset', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <bf-select label="Provincie" name="province" value="VLI">
            <option value="VAN">Antwerpen</option>
            <option value="VLI">Limburg</option>
            <option value="WLG">Luik</option>
          </bf-select>
        </form>`,
      );
      const field = form.querySelector('bf-select')!;
      await field.updateComplete;
      field.value = 'VAN';
      field.setAttribute('value', 'WLG');
      await field.updateComplete;
      expect(field.value, 'the choice made is kept').to.equal('VAN');
      form.reset();
      await settle();
      expect(field.value, 'reset returns to the new default').to.equal('WLG');
      field.setAttribute('value', 'VLI');
      await field.updateComplete;
      expect(field.value, 'nothing chosen since the reset: the default is the choice').to.equal(
        'VLI',
      );
    });

    it('chooses nothing, with a warning, for a value no option has', async () => {
      const { warnings, restore } = captureWarnings();
      try {
        const field = await fixture<BfSelect>(
          html`<bf-select label="Provincie" required placeholder>
            <option value="VAN">Antwerpen</option>
          </bf-select>`,
        );
        field.value = 'Atlantis';
        await field.updateComplete;
        expect(field.value).to.equal('');
        expect(field.checkValidity()).to.equal(false);
      } finally {
        restore();
      }
      expect(warnings.join('\n')).to.contain('no option has the value "Atlantis"');
    });

    it('fires the native input and change events through the element', async () => {
      const field = await fixture<BfSelect>(
        html`<bf-select label="Provincie">
          <option value="VAN">Antwerpen</option>
          <option value="VLI">Limburg</option>
        </bf-select>`,
      );
      const seen: string[] = [];
      field.addEventListener('input', (event) =>
        seen.push(`input:${(event.target as HTMLSelectElement).value}`),
      );
      field.addEventListener('change', () => seen.push(`change:${field.value}`));
      const select = selectOf(field);
      select.value = 'VLI';
      select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
      expect(seen).to.deep.equal(['input:VLI', 'change:VLI']);
    });

    it('keeps the choice when the language changes', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="nl-BE">
          <bf-select label="Provincie" placeholder required>
            <option value="VAN">Antwerpen</option>
            <option value="VLI">Limburg</option>
          </bf-select>
        </div>`,
      );
      const field = wrapper.querySelector('bf-select')!;
      await field.updateComplete;
      const select = selectOf(field);
      select.value = 'VLI';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      for (const lang of ['fr-BE', 'de-BE', 'en', 'nl-BE']) {
        wrapper.lang = lang;
        await settle();
        await field.updateComplete;
        expect(field.value, lang).to.equal('VLI');
      }
    });
  });

  it('has no read-only state, and says so when asked for one', async () => {
    const field = await fixture<BfSelect>(
      html`<bf-select label="Provincie">
        <option value="VAN">Antwerpen</option>
      </bf-select>`,
    );
    // The page-wide warning is given once per page; this element's own call is what counts.
    const warned: string[] = [];
    (field as unknown as { warn: (key: string, message: string) => void }).warn = (_, message) =>
      warned.push(message);
    field.setAttribute('readonly', '');
    await field.updateComplete;
    expect(field.readonly).to.equal(false);
    expect(selectOf(field).disabled).to.equal(false);
    expect(warned.join('\n')).to.contain('cannot be read-only');
  });

  it('adopts a select written in the markup, leaving its options alone', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form lang="nl-BE">
        <bf-select hint="De provincie waar u woont.">
          <label for="province">Provincie</label>
          <select id="province" name="province" required>
            <option value="">Maak een keuze</option>
            <option value="VAN">Antwerpen</option>
            <option value="VLI" selected>Limburg</option>
          </select>
        </bf-select>
      </form>`,
    );
    const field = form.querySelector('bf-select')!;
    await field.updateComplete;
    const select = form.querySelector('select')!;
    expect(field.control).to.equal(select);
    expect(field.querySelectorAll('select, label').length).to.equal(2);
    expect(select.options.length).to.equal(3);
    expect(field.value).to.equal('VLI');
    expect(field.required).to.equal(true);
    expect(new FormData(form).get('province')).to.equal('VLI');
  });

  describe('size', () => {
    it('is at least 44 px high, and never wider than its container at 320 px', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 288px">
          <bf-select label="Provincie" placeholder>
            <option value="long">
              Een aanvraag indienen voor een tegemoetkoming aan personen met een handicap
            </option>
            <option value="VAN">Antwerpen</option>
          </bf-select>
        </div>`,
      );
      const field = wrapper.querySelector('bf-select')!;
      await field.updateComplete;
      const box = selectOf(field).getBoundingClientRect();
      expect(box.height).to.be.at.least(44);
      expect(box.width).to.be.at.most(288);
      expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
    });

    it('draws its arrow inside the box, after the text', async () => {
      const field = await fixture<BfSelect>(
        html`<bf-select label="Provincie">
          <option value="VAN">Antwerpen</option>
        </bf-select>`,
      );
      const select = selectOf(field).getBoundingClientRect();
      const arrow = field.shadowRoot!.querySelector('[part="arrow"]')!.getBoundingClientRect();
      expect(arrow.width).to.be.greaterThan(0);
      expect(arrow.left).to.be.greaterThan(select.left + select.width / 2);
      expect(arrow.right).to.be.at.most(select.right);
      expect(arrow.top).to.be.at.least(select.top);
      expect(arrow.bottom).to.be.at.most(select.bottom);
    });
  });
});

describe('bf-select written with slots, as a server renders it', () => {
  it('keeps the page’s label, hint and select in place, and reads the hint once', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form lang="nl-BE">
        <bf-select>
          <label slot="label" for="province">Provincie</label>
          <p slot="hint" id="province-hint">De provincie waar u woont.</p>
          <select
            slot="control"
            id="province"
            name="province"
            aria-describedby="province-hint"
            required
          >
            <option value="">Maak een keuze</option>
            <option value="VLI">Limburg</option>
          </select>
        </bf-select>
      </form>`,
    );
    const field = form.querySelector('bf-select')!;
    await field.updateComplete;
    const select = form.querySelector('select')!;
    expect(field.control).to.equal(select);
    expect(field.querySelectorAll('label, select, [slot="hint"]').length).to.equal(3);
    expect(select.getAttribute('aria-describedby')).to.equal('province-hint');
    expect(field.hint, 'the page’s hint is not replaced').to.equal('');
    expect(form.querySelector('[slot="hint"]')!.textContent).to.equal('De provincie waar u woont.');
  });
});
