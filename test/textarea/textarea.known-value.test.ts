// "Only once" in bf-textarea: a known answer shown with its source, corrected on request. The
// behaviour is core's (test/core/known-value.test.ts); this checks the textarea shows it.
import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/textarea';
// Known values are an import of their own (docs/decisions/0024).
import '@belfry/components/known-values';
import type { BfTextarea } from '@belfry/components';
import { axeViolations } from '../helpers/a11y.js';
import { settle } from '../helpers/locales.js';

const part = (field: Element, name: string) =>
  field.querySelector<HTMLElement>(`:scope > [data-bf-field="${name}"]`);
const shown = (element: Element | null | undefined) => (element?.getClientRects().length ?? 0) > 0;

describe('bf-textarea with a known value', () => {
  it('shows the text with its line breaks, opens with it, and flags a correction', async () => {
    const element = await fixture<HTMLFormElement>(
      html`<form lang="fr-BE">
        <bf-textarea
          name="activity"
          label="Activité"
          maxlength="200"
          value=${'Boulangerie\nPâtisserie'}
          source="enterprise-register"
        ></bf-textarea>
      </form>`,
    );
    const field = element.querySelector<BfTextarea>('bf-textarea')!;
    await field.updateComplete;
    await settle();
    expect(part(field, 'known')?.textContent).to.equal('Boulangerie\nPâtisserie');
    expect(part(field, 'source')?.textContent).to.equal(
      'Provient de la Banque-Carrefour des Entreprises',
    );
    expect(shown(field.control)).to.equal(false);
    expect(shown(part(field, 'count')), 'no character count for a value not being typed').to.equal(
      false,
    );
    part(field, 'correct')!.click();
    expect(document.activeElement).to.equal(field.control);
    expect(shown(part(field, 'count'))).to.equal(true);
    field.control!.value = 'Boulangerie';
    field.control!.dispatchEvent(new Event('input', { bubbles: true }));
    const data = new FormData(element);
    expect(data.get('activity')).to.equal('Boulangerie');
    expect(data.get('activity-corrected')).to.equal('true');
    expect(await axeViolations(element)).to.deep.equal([]);
  });
});
