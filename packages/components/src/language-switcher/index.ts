import { BfLanguageSwitcher } from './language-switcher.js';

export {
  BfLanguageSwitcher,
  defaultLanguages,
  languageName,
  languageSwitcherLabels,
} from './language-switcher.js';
export type {
  LanguageChangeDetail,
  LanguageOption,
  LanguageSwitcherLabels,
} from './language-switcher.js';

BfLanguageSwitcher.define('bf-language-switcher');

declare global {
  interface HTMLElementTagNameMap {
    'bf-language-switcher': BfLanguageSwitcher;
  }
}
