import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * Security headers for the two faces of the app. Scripts only ever come from the app's own
 * files ('self'): an answer or a customer's text that slips markup through cannot run code.
 */

/** The editor: nothing inline, never framed. */
export const editorHeaders: RequestHandler = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'https:', 'data:'],
      objectSrc: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
    },
  },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'same-origin' },
  // Sent by `strictTransportSecurity` below, only when the request came over TLS.
  strictTransportSecurity: false,
});

/**
 * The published FAQ. Its pages set the shop's colours in one inline <style>, so inline styles
 * are allowed; scripts are not (the JSON-LD block is data, which CSP does not run). The shop may
 * frame its own FAQ, nobody else may. Its feedback form may post to the shop's own service.
 */
export const siteHeaders: RequestHandler = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'https:', 'data:'],
      objectSrc: ["'none'"],
      formAction: ["'self'", 'https:'],
      frameAncestors: ["'self'"],
      baseUri: ["'self'"],
    },
  },
  frameguard: { action: 'sameorigin' },
  referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  strictTransportSecurity: false,
});

const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * HSTS only on TLS (directly, or behind a proxy the `trust proxy` setting trusts): over plain
 * HTTP browsers ignore it, and sent by a test server on localhost it would pin the name to HTTPS.
 */
export function strictTransportSecurity(req: Request, res: Response, next: NextFunction): void {
  if (req.secure) res.set('Strict-Transport-Security', HSTS);
  next();
}
