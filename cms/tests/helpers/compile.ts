import { compileCms } from '../../scripts/compile';

/** Compiles the CMS once for the whole run; each test file loads the compiled app. */
export default async function compile(): Promise<void> {
  await compileCms();
}
