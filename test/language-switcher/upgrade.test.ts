// Nothing moves when <bf-language-switcher> upgrades on a page rendered without a server (plain
// HTML, then the script): undefined.css gives the element its final height before it is defined.
// This file loads the component only after measuring.
import { expect } from '@open-wc/testing';
import { measureUpgrade, type UpgradeResult, itKeepsEveryCaseInPlace } from '../helpers/upgrade.js';

// The current one marked by the author, as the docs ask: it is bold before the upgrade too.
const ownLinks = `<a href="/nl/" hreflang="nl" lang="nl" aria-current="true">Nederlands</a>
  <a href="/fr/" hreflang="fr" lang="fr">Français</a>
  <a href="/de/" hreflang="de" lang="de">Deutsch</a>`;

/** Switchers as authors write them: their own links, in a box of a phone's width too. */
const cases: Record<string, string> = {
  'your own links': `<bf-language-switcher>${ownLinks}</bf-language-switcher>`,
  'at 320 px': `<div style="inline-size: 288px"><bf-language-switcher>${ownLinks}</bf-language-switcher></div>`,
  hidden: `<bf-language-switcher hidden>${ownLinks}</bf-language-switcher>`,
};

describe('bf-language-switcher upgrading on a page without server rendering', () => {
  let result: UpgradeResult;
  before(async () => {
    result = await measureUpgrade(
      'bf-language-switcher',
      cases,
      () => import('@belfry/components/language-switcher'),
    );
  });

  it('shows the links before the upgrade, 44 px high', () => {
    expect(result.before.get('your own links')!.text).to.include('Français');
    expect(result.before.get('your own links')!.element.height).to.be.at.least(44);
  });

  it('keeps one row of room for the options it makes itself', () => {
    // No case here: its options are drawn on upgrade, at the height kept for them (checked in
    // the behaviour tests); only their width is not known before.
    expect(result.before.get('hidden')!.element.height).to.equal(0);
  });

  itKeepsEveryCaseInPlace(cases, () => result);
});
