import { setCacheNameDetails } from 'workbox-core';
import { PrecacheController } from 'workbox-precaching';
import { fitsRequest } from '../lib/offline/fits-request';

// Workbox names its caches `workbox-…`: with our prefix, "Delete all my data" (lib/storage/erase.ts)
// removes the shell's precache too. Set before the controller below reads the name.
setCacheNameDetails({ prefix: 'academy' });

/**
 * The shell's precache. Its lookups ignore `Vary`: hosts such as `astro preview` answer with
 * `Vary: Origin`, and a module script is requested with an `Origin` header its cached copy was not
 * stored under, so a plain lookup misses and the page loses its scripts offline. A wrong answer at
 * install (a proxy's page under a script's name) fails the install, which the browser tries again
 * later, rather than being kept as the shell.
 */
export const precache = new PrecacheController({
	plugins: [
		{
			cacheWillUpdate: ({ request, response }) =>
				Promise.resolve(
					fitsRequest(new URL(request.url).pathname, response.headers.get('content-type')) ? response : null,
				),
		},
	],
});
precache.strategy.matchOptions = { ignoreVary: true };
