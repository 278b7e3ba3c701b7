import { BfDialog } from './dialog.js';

export { BfDialog } from './dialog.js';
export type {
  DialogCloseDetail,
  DialogCloseReason,
  DialogCloseRequestReason,
  DialogRequestCloseDetail,
} from './dialog.js';
export { dialogStrings } from './dialog.strings.js';
export type { DialogStrings } from './dialog.strings.js';

BfDialog.define('bf-dialog');

declare global {
  interface HTMLElementTagNameMap {
    'bf-dialog': BfDialog;
  }
}
