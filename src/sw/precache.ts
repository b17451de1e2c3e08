import { PrecacheController } from 'workbox-precaching';

/**
 * The shell's precache. Its lookups ignore `Vary`: hosts such as `astro preview` answer with
 * `Vary: Origin`, and a module script is requested with an `Origin` header its cached copy was not
 * stored under, so a plain lookup misses and the page loses its scripts offline.
 */
export const precache = new PrecacheController();
precache.strategy.matchOptions = { ignoreVary: true };
