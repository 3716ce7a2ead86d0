import { buildAdminPanel } from '../../scripts/compile';

/** The admin panel as editors get it (dist/build), with this branch's admin code, built once for every browser test file. */
export default function setup(): void {
  buildAdminPanel();
}
