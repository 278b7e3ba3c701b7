// The all-in-one bundle for a plain `<script type="module" src=".../belfry.js">`: it includes
// Lit and registers every Belfry element.
import './button/index.js';
import './icon/index.js';
import './fieldset/index.js';
import './error-summary/index.js';
import './summary-list/index.js';
import './textarea/index.js';
import './select/index.js';

export * from './index.js';
