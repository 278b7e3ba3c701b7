import { LocalizeController as CoreLocalizeController, type LocalizableHost } from '@belfry/core';
import { catalogs, type BelfryStrings } from '../locales/index.js';

/** The core localization controller, bound to Belfry's own catalogs. */
export class LocalizeController extends CoreLocalizeController<BelfryStrings> {
  constructor(host: LocalizableHost) {
    super(host, catalogs);
  }
}
