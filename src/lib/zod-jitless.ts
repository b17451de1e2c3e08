/**
 * `zod` as the browser code imports it (astro.config.mjs points `zod` here): the same library with its
 * compiled-parser speed-up turned off. That speed-up first tries `new Function`, which the site's
 * strict Content-Security-Policy forbids: the try is caught, but the browser still reports a
 * violation on every page that reads a record.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });

export * from 'zod/v4';
