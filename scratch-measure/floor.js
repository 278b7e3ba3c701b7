import { BelfryElement, LocalizeController, announce, formatDate, whenRestored } from '../packages/core/dist/index.js';
class X extends BelfryElement { t = new LocalizeController(this, {namespace:'x', catalogs:{}}); f(){ announce('x'); formatDate(this.t, 1); whenRestored(this, ()=>1);} }
customElements.define('x-x', X);
