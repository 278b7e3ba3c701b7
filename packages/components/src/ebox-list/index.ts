import { BfEboxList } from './ebox-list.js';

export { BfEboxList } from './ebox-list.js';

BfEboxList.define('bf-ebox-list');

declare global {
  interface HTMLElementTagNameMap {
    'bf-ebox-list': BfEboxList;
  }
}
