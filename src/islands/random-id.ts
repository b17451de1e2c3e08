import { toBase64url } from '../lib/exchange/base64url';

/** A random id of 12 base64url characters (72 bits). `getRandomValues` works on plain HTTP too. */
export const randomId = () => toBase64url(crypto.getRandomValues(new Uint8Array(9)));
