// What happens when <bf-help> upgrades on a page rendered without a server (plain HTML, then the
// script): undefined.css keeps the box and the room of its entry, so a closed help given by its
// attributes does not move anything when the script runs; options written as children show the
// page's words until then. This file loads the component only after measuring.
import { expect } from '@open-wc/testing';
import { measureUpgrade, type UpgradeResult, itKeepsEveryCaseInPlace } from '../helpers/upgrade.js';

/** Closed helps whose options come from attributes: nothing may move. */
const closed: Record<string, string> = {
  'closed, by attributes': '<bf-help phone="02 222 22 22" hours="Mo-Fr 08:30-16:30"></bf-help>',
  'closed, at 320 px':
    '<div style="inline-size: 320px"><bf-help phone="022222222"></bf-help></div>',
  'a dialog help': '<bf-help panel="dialog" phone="022222222"></bf-help>',
};

const withChildren: Record<string, string> = {
  'options written as children': `<bf-help><bf-help-option kind="call" phone="022222222"><p>Elke werkdag van 8.30 tot 16.30 uur.</p></bf-help-option></bf-help>`,
};

describe('bf-help upgrading on a page without server rendering', () => {
  let result: UpgradeResult;
  before(async () => {
    result = await measureUpgrade(
      'bf-help',
      { ...closed, ...withChildren },
      () => import('@belfry/components/help'),
    );
  });

  itKeepsEveryCaseInPlace(closed, () => result);

  it('shows the words of options written as children before the script runs', () => {
    expect(result.before.get('options written as children')!.text).to.include(
      'Elke werkdag van 8.30 tot 16.30 uur.',
    );
  });
});
