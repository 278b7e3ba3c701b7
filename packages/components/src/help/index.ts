import { BfHelp } from './help.js';
import { BfHelpOption } from './help-option.js';

export { BfHelp, helpPanels } from './help.js';
export type { HelpPanel } from './help.js';
export { BfHelpOption, helpOptionKinds, telHref } from './help-option.js';
export type {
  CallbackState,
  HelpAssistantDetail,
  HelpDefaults,
  HelpOptionKind,
} from './help-option.js';
export { nearestLocations } from './model.js';
export type {
  CallbackHandler,
  CallbackKnown,
  CallbackKnownDetail,
  CallbackRequest,
  CallbackResult,
  CallbackTimeSlot,
  HelpCloseness,
  HelpLocation,
  HelpMatch,
} from './model.js';
export { helpStrings } from './help.strings.js';
export type { HelpStrings } from './help.strings.js';

// Options first, as the help would (BelfryElement.define registers its dependencies).
BfHelpOption.define('bf-help-option');
BfHelp.define('bf-help');

declare global {
  interface HTMLElementTagNameMap {
    'bf-help': BfHelp;
    'bf-help-option': BfHelpOption;
  }
}
