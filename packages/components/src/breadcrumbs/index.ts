import { BfBreadcrumbs } from './breadcrumbs.js';

export { BfBreadcrumbs } from './breadcrumbs.js';

BfBreadcrumbs.define('bf-breadcrumbs');

declare global {
  interface HTMLElementTagNameMap {
    'bf-breadcrumbs': BfBreadcrumbs;
  }
}
