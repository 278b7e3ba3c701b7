import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/summary-list';
import { registerStrings, type BfSummaryList, type BfSummaryListRow } from '@belfry/components';
import { forEachLocale, settle } from '../helpers/locales.js';
import { warningsDuring as warningsOf } from '../helpers/warnings.js';

const part = (row: BfSummaryListRow, name: string) =>
  row.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
/** What a screen reader reads for the Change link: its text, hidden words included. */
const linkText = (row: BfSummaryListRow) =>
  part(row, 'link')?.textContent?.replace(/\s+/g, ' ').trim();

async function listOf(template: ReturnType<typeof html>) {
  const list = await fixture<BfSummaryList>(template);
  const rows = [...list.querySelectorAll('bf-summary-list-row')];
  await Promise.all(rows.map((row) => row.updateComplete));
  return { list, rows };
}

describe('bf-summary-list', () => {
  it('is a description list: each row a question, its answer and a link to change it', async () => {
    const { list, rows } = await listOf(
      html`<bf-summary-list lang="en">
        <bf-summary-list-row question="Name" href="/move/name">An Peeters</bf-summary-list-row>
        <bf-summary-list-row
          question="New address"
          href="/move/address"
          change-label="your new address"
          >Kerkstraat 12<br />9000 Gent</bf-summary-list-row
        >
      </bf-summary-list>`,
    );
    expect(list.shadowRoot!.querySelector('dl > slot')).to.exist;
    const [name, address] = rows as [BfSummaryListRow, BfSummaryListRow];
    expect(part(name, 'question')!.localName).to.equal('dt');
    expect(part(name, 'question')!.textContent).to.equal('Name');
    expect(part(name, 'key'), 'the part keeps its former name too').to.equal(
      part(name, 'question'),
    );
    expect(part(name, 'value')!.localName).to.equal('dd');
    expect(part(name, 'value')!.querySelector('slot')!.assignedNodes()[0]!.textContent).to.equal(
      'An Peeters',
    );
    expect(part(name, 'actions')!.localName).to.equal('dd');
    expect(part(name, 'link')!.getAttribute('href')).to.equal('/move/name');
    expect(linkText(name)).to.equal('Change Name');
    expect(linkText(address)).to.equal('Change your new address');
    // Only "Change" is seen; the rest is for screen readers.
    const hidden = part(address, 'link')!.querySelector('.visually-hidden')!;
    expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
  });

  it('keeps the line breaks of a multi-line answer', async () => {
    const { rows } = await listOf(
      html`<bf-summary-list>
        <bf-summary-list-row question="Adres">Kerkstraat 12</bf-summary-list-row>
        <bf-summary-list-row question="Adres"
          >Kerkstraat 12<br />9000 Gent<br />België</bf-summary-list-row
        >
      </bf-summary-list>`,
    );
    const [one, three] = rows.map((row) => part(row, 'value')!.getBoundingClientRect().height);
    expect(three).to.be.closeTo(one! * 3, 2);
  });

  describe('the source of a known answer', () => {
    it('names the known sources in the language of the page', async () => {
      const expected = {
        nl: [
          'Uit het Rijksregister',
          'Uit de Kruispuntbank van Ondernemingen',
          'Uit de Kruispuntbank van de Sociale Zekerheid',
          'Van de FOD Financiën',
        ],
        fr: [
          'Provient du Registre national',
          'Provient de la Banque-Carrefour des Entreprises',
          'Provient de la Banque Carrefour de la sécurité sociale',
          'Provient du SPF Finances',
        ],
        de: [
          'Aus dem Nationalregister',
          'Aus der Zentralen Datenbank der Unternehmen',
          'Aus der Zentralen Datenbank der sozialen Sicherheit',
          'Vom FÖD Finanzen',
        ],
        en: [
          'From the National Register',
          'From the Crossroads Bank for Enterprises',
          'From the Crossroads Bank for Social Security',
          'From the FPS Finance',
        ],
      };
      const { rows } = await listOf(
        html`<bf-summary-list>
          <bf-summary-list-row question="Naam" source="national-register"
            >An Peeters</bf-summary-list-row
          >
          <bf-summary-list-row question="Onderneming" source="enterprise-register"
            >Peeters bv</bf-summary-list-row
          >
          <bf-summary-list-row question="Werkgever" source="social-security"
            >FOD BOSA</bf-summary-list-row
          >
          <bf-summary-list-row question="Inkomen" source="finance">€ 32.000</bf-summary-list-row>
        </bf-summary-list>`,
      );
      await forEachLocale(async (locale) => {
        await settle();
        await Promise.all(rows.map((row) => row.updateComplete));
        const sources = rows.map((row) => part(row, 'source')!.textContent);
        expect(sources, locale).to.deep.equal(expected[locale]);
      });
    });

    it('shows any other source as written, in the page language', async () => {
      const { rows } = await listOf(
        html`<bf-summary-list lang="es">
          <bf-summary-list-row question="Nombre" source="Del padrón municipal"
            >An Peeters</bf-summary-list-row
          >
          <bf-summary-list-row question="Nombre" source="national-register"
            >An Peeters</bf-summary-list-row
          >
        </bf-summary-list>`,
      );
      const [own, known] = rows.map((row) => part(row, 'source')!);
      expect(own!.textContent).to.equal('Del padrón municipal');
      expect(own!.hasAttribute('lang')).to.equal(false);
      // Belfry's English on a Spanish page is marked as English.
      expect(known!.textContent).to.equal('From the National Register');
      expect(known!.getAttribute('lang')).to.equal('en');
    });

    it('shows no source line without a source', async () => {
      const { rows } = await listOf(
        html`<bf-summary-list>
          <bf-summary-list-row question="Naam" source="  ">An Peeters</bf-summary-list-row>
        </bf-summary-list>`,
      );
      expect(part(rows[0]!, 'source')).to.equal(null);
    });
  });

  describe('the Change link', () => {
    it('says Change in the language of the page', async () => {
      const expected = { nl: 'Wijzigen', fr: 'Modifier', de: 'Ändern', en: 'Change' };
      const { rows } = await listOf(
        html`<bf-summary-list>
          <bf-summary-list-row question="IBAN" href="#iban"
            >BE68 5390 0754 7034</bf-summary-list-row
          >
        </bf-summary-list>`,
      );
      await forEachLocale(async (locale) => {
        await settle();
        await rows[0]!.updateComplete;
        expect(linkText(rows[0]!), locale).to.equal(`${expected[locale]} IBAN`);
      });
    });

    it('is left out without href, and the answer takes its room', async () => {
      const { rows } = await listOf(
        html`<bf-summary-list style="inline-size: 60rem">
          <bf-summary-list-row question="Verhuisdatum">1 maart 2027</bf-summary-list-row>
          <bf-summary-list-row question="Verhuisdatum" href="/datum"
            >1 maart 2027</bf-summary-list-row
          >
        </bf-summary-list>`,
      );
      const [without, withLink] = rows as [BfSummaryListRow, BfSummaryListRow];
      expect(part(without, 'actions')).to.equal(null);
      expect(part(without, 'link')).to.equal(null);
      expect(part(without, 'value')!.getBoundingClientRect().width).to.be.greaterThan(
        part(withLink, 'value')!.getBoundingClientRect().width,
      );
    });

    it('is left out, with a warning, when href is not a safe URL', async () => {
      let row!: BfSummaryListRow;
      const warnings = await warningsOf(async () => {
        const { rows } = await listOf(
          html`<bf-summary-list>
            <bf-summary-list-row question="Naam" href="javascript:alert(1)">An</bf-summary-list-row>
          </bf-summary-list>`,
        );
        row = rows[0]!;
      });
      expect(part(row, 'link')).to.equal(null);
      expect(warnings.join('\n')).to.match(/href is not a safe URL/);
    });

    it('follows text registered for the page', async () => {
      registerStrings('nl', { 'bf-summary-list-row': { change: 'Aanpassen' } });
      try {
        const { rows } = await listOf(
          html`<bf-summary-list lang="nl">
            <bf-summary-list-row question="Naam" href="/naam">An</bf-summary-list-row>
          </bf-summary-list>`,
        );
        expect(linkText(rows[0]!)).to.equal('Aanpassen Naam');
      } finally {
        registerStrings('nl', { 'bf-summary-list-row': { change: 'Wijzigen' } });
      }
    });
  });

  describe('bad input', () => {
    it('says "Not provided" for an empty answer, in the language of the page', async () => {
      const expected = {
        nl: 'Niet ingevuld',
        fr: 'Non renseigné',
        de: 'Nicht angegeben',
        en: 'Not provided',
      };
      const { rows } = await listOf(
        html`<bf-summary-list>
          <bf-summary-list-row question="Telefoon"></bf-summary-list-row>
        </bf-summary-list>`,
      );
      await forEachLocale(async (locale) => {
        await settle();
        await rows[0]!.updateComplete;
        expect(part(rows[0]!, 'value')!.innerText.trim(), locale).to.equal(expected[locale]);
      });
    });

    it('still takes the former `key` for the question, with a warning naming `question`', async () => {
      let row!: BfSummaryListRow;
      const warnings = await warningsOf(async () => {
        const { rows } = await listOf(
          html`<bf-summary-list lang="en">
            <bf-summary-list-row key="Name" href="/name">An Peeters</bf-summary-list-row>
          </bf-summary-list>`,
        );
        row = rows[0]!;
      });
      expect(part(row, 'question')!.textContent).to.equal('Name');
      expect(linkText(row)).to.equal('Change Name');
      expect(warnings.join('\n')).to.match(/key is the former name of question/);
    });

    it('warns about a row without a question, and renders the rest', async () => {
      let row!: BfSummaryListRow;
      const warnings = await warningsOf(async () => {
        const { rows } = await listOf(
          html`<bf-summary-list>
            <bf-summary-list-row href="/x">An</bf-summary-list-row>
          </bf-summary-list>`,
        );
        row = rows[0]!;
      });
      expect(warnings.join('\n')).to.match(/a row needs a question/);
      expect(linkText(row)).to.equal('Change');
    });

    it('renders markup in a question or source as text', async () => {
      const { rows } = await listOf(
        html`<bf-summary-list>
          <bf-summary-list-row question="<img src=x onerror=alert(1)>" source="<b>x</b>"
            >An</bf-summary-list-row
          >
        </bf-summary-list>`,
      );
      expect(rows[0]!.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(part(rows[0]!, 'key')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    });
  });

  describe('layout', () => {
    const rowAt = async (width: string) => {
      const wrapper = await fixture(
        html`<div style="inline-size: ${width}">
          <bf-summary-list>
            <bf-summary-list-row question="Adres" href="/adres"
              >Kerkstraat 12<br />9000 Gent</bf-summary-list-row
            >
          </bf-summary-list>
        </div>`,
      );
      const row = wrapper.querySelector('bf-summary-list-row')!;
      await row.updateComplete;
      return ['key', 'value', 'actions'].map((name) => part(row, name)!.getBoundingClientRect());
    };

    it('puts question, answer and link side by side where there is room', async () => {
      const [key, value, actions] = await rowAt('60rem');
      expect(value!.left).to.be.greaterThan(key!.right);
      expect(actions!.left).to.be.greaterThan(value!.left);
      expect(Math.abs(value!.top - key!.top)).to.be.lessThan(4);
    });

    it('stacks them at 320 px, with nothing wider than the screen', async () => {
      const [key, value, actions] = await rowAt('288px');
      expect(value!.top).to.be.at.least(key!.bottom);
      expect(actions!.top).to.be.at.least(value!.bottom);
      for (const box of [key!, value!, actions!]) expect(box.right).to.be.at.most(288 + 8 + 1);
    });
  });
});
