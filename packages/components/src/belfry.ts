// The all-in-one bundle for a plain `<script type="module" src=".../belfry.js">`: it includes
// Lit and registers every Belfry element.
// Fields first: Chromium restores the inputs fields create (back/forward, session restore) only
// if they exist before the first form-associated element, such as bf-button, is upgraded
// (docs/decisions/0013-native-controls-in-light-dom.md).
import './text-field/index.js';
import './presets/index.js';
import './known-values/index.js';
import './date-field/index.js';
import './textarea/index.js';
import './select/index.js';
import './checkbox/index.js';
import './checkbox-group/index.js';
import './radio/index.js';
import './radio-group/index.js';
import './button/index.js';
import './icon/index.js';
import './fieldset/index.js';
import './error-summary/index.js';
import './summary-list/index.js';
import './alert/index.js';
import './tag/index.js';
import './spinner/index.js';
import './language-switcher/index.js';
import './header/index.js';
import './footer/index.js';
import './link/index.js';
import './skip-link/index.js';
import './draft/index.js';
import './accordion/index.js';
import './dialog/index.js';
import './breadcrumbs/index.js';
import './pagination/index.js';
import './alternative-channels/index.js';
import './stepper/index.js';
import './step-by-step/index.js';
import './ebox-list/index.js';
import './ebox-message/index.js';
import './help/index.js';

export * from './index.js';
