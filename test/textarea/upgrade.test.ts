// Nothing moves when <bf-textarea> upgrades on a page rendered without a server (plain HTML, then
// the script), when the page wrote its label and textarea inside it: undefined.css gives them
// their final places and sizes. This file loads the component only after measuring.
import { expect } from '@open-wc/testing';
import { measureUpgrade, type UpgradeResult, itKeepsEveryCaseInPlace } from '../helpers/upgrade.js';

/** Textareas as authors write them, for a form that works without JavaScript. */
const cases: Record<string, string> = {
  'label and textarea in their slots': `<bf-textarea>
    <label slot="label" for="u-question">Beschrijf uw vraag</label>
    <p slot="hint" id="u-question-hint">Vermeld geen bankgegevens.</p>
    <textarea slot="control" id="u-question" name="question" aria-describedby="u-question-hint" required></textarea>
  </bf-textarea>`,
  'label and textarea without slots': `<bf-textarea>
    <label for="u-reason">Reden</label>
    <textarea id="u-reason" name="reason" rows="3" required>Verhuisd</textarea>
  </bf-textarea>`,
  'with a limit': `<bf-textarea>
    <label for="u-limit">Toelichting</label>
    <textarea id="u-limit" name="remark" maxlength="200" required></textarea>
  </bf-textarea>`,
  'at 320 px': `<div style="inline-size: 288px"><bf-textarea>
    <label for="u-narrow">Uw vraag over een tegemoetkoming voor personen met een handicap</label>
    <textarea id="u-narrow" name="narrow" required></textarea>
  </bf-textarea></div>`,
  hidden: `<bf-textarea hidden><label for="u-hidden">Verborgen</label><textarea id="u-hidden"></textarea></bf-textarea>`,
};

describe('bf-textarea upgrading on a page without server rendering', () => {
  let result: UpgradeResult;
  before(async () => {
    result = await measureUpgrade(
      'bf-textarea',
      cases,
      () => import('@belfry/components/textarea'),
    );
  });

  it('shows the label and the box before the upgrade', () => {
    const before = result.before.get('label and textarea in their slots')!;
    expect(before.text).to.contain('Beschrijf uw vraag');
    expect(before.element.height).to.be.greaterThan(100);
    expect(result.before.get('hidden')!.element.height).to.equal(0);
  });

  itKeepsEveryCaseInPlace(cases, () => result);
});
