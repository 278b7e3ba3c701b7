import { BelfryElement } from '../packages/core/dist/index.js';
class X extends BelfryElement { }
customElements.define('x-x', X);
