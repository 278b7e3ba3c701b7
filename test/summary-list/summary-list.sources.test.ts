// One vocabulary for sources: a summary row and a field with a known value credit an answer in
// the same words, which a page replaces once (`bf-source`) or for the rows alone.
import { expect, fixture, html } from '@open-wc/testing';
import { registerStrings } from '@belfry/core';
import '@belfry/components/summary-list';
import '@belfry/components/text-field';
import '@belfry/components/known-values';
import type { BfSummaryListRow, BfTextField } from '@belfry/components';
import { settle } from '../helpers/locales.js';

describe('sources shared by bf-summary-list-row and the fields', () => {
  async function page(): Promise<{ row: BfSummaryListRow; field: BfTextField }> {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="nl-BE">
        <bf-summary-list>
          <bf-summary-list-row question="Inkomen" source="finance">€ 32.000</bf-summary-list-row>
        </bf-summary-list>
        <bf-text-field label="Inkomen" name="income" value="32000" source="finance"></bf-text-field>
      </div>`,
    );
    const row = wrapper.querySelector('bf-summary-list-row')!;
    const field = wrapper.querySelector('bf-text-field')!;
    await row.updateComplete;
    await field.updateComplete;
    await settle();
    return { row, field };
  }
  const rowSource = (row: BfSummaryListRow) =>
    row.shadowRoot!.querySelector('[part="source"]')!.textContent!.trim();
  const fieldSource = (field: BfTextField) =>
    field.querySelector('[data-bf-field="source"]')!.textContent!.trim();

  it('credits an answer in the same words on the form and in the summary', async () => {
    const { row, field } = await page();
    expect(rowSource(row)).to.equal('Van de FOD Financiën');
    expect(fieldSource(field)).to.equal('Van de FOD Financiën');
  });

  it('takes a page’s words for every element at once, or for the rows alone', async () => {
    try {
      registerStrings('nl', { 'bf-source': { sourceFinance: 'Van de belastingdienst' } });
      let { row, field } = await page();
      expect(rowSource(row)).to.equal('Van de belastingdienst');
      expect(fieldSource(field)).to.equal('Van de belastingdienst');
      registerStrings('nl', { 'bf-summary-list-row': { sourceFinance: 'Van Financiën' } });
      ({ row, field } = await page());
      expect(rowSource(row)).to.equal('Van Financiën');
      expect(fieldSource(field)).to.equal('Van de belastingdienst');
    } finally {
      registerStrings('nl', {
        'bf-source': { sourceFinance: '' },
        'bf-summary-list-row': { sourceFinance: '' },
      });
    }
  });
});
