/** How Excel names and finds the add-in: spelled here once for the add-in, the docs and the build. */

/** Excel namespaces add-in functions (manifest.xml's `Functions.Namespace`): `=KPI.ROP_BONUS(B2)`. */
export const EXCEL_NAMESPACE = 'KPI';

/** What Excel puts before every ROP Kit function's name in a formula. */
export const EXCEL_PREFIX = `${EXCEL_NAMESPACE}.`;

/** The dev server's address: manifest.xml is written with it, and the build puts the real one instead. */
export const DEV_ADDIN_URL = 'https://localhost:3000';

/** Where the add-in is served: `configured` (the build's ADDIN_URL) or the dev server, no trailing slash. */
export const addinUrl = (configured?: string): string => (configured || DEV_ADDIN_URL).replace(/\/$/, '');
