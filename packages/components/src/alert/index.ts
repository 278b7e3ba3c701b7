import { BfAlert } from './alert.js';

export { BfAlert, alertAnnounceModes, alertVariants } from './alert.js';
export type { AlertAnnounceMode, AlertDismissDetail, AlertVariant } from './alert.js';

BfAlert.define('bf-alert');

declare global {
  interface HTMLElementTagNameMap {
    'bf-alert': BfAlert;
  }
}
