import type { BuildResult } from '../app/index.js';
import type { Db } from '../store/database.js';
import type { LoginThrottle } from './login-throttle.js';
import type { Views } from './views.js';

/** What every route module gets from the app. */
export interface RouteContext {
  db: Db;
  views: Views;
  outDir: string;
  buildNow: (trigger: string) => Promise<BuildResult>;
  /** Signs the login form's token (see auth.ts). */
  secret: Buffer;
  loginThrottle: LoginThrottle;
  /** Where security events (failed logins) are written; stderr by default. */
  log: (line: string) => void;
}
