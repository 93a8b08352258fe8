import type { AddressInfo } from 'node:net';
import type { Command } from 'commander';
import { createEditorApp } from '../curate/app.js';
import { ConfigError } from '../errors.js';
import { DEMO_LOGIN, recoverInterruptedBuild, resolveSchedule, type PipelineSummary, SCHEDULE_OFF, startScheduler } from '../app/index.js';
import type { Db } from '../store/database.js';
import { authenticate, findUserByName } from '../store/users.js';
import { resolveOutDir } from './build.js';
import { say, withStore } from './context.js';

export interface ServeOptions {
  port?: string;
  host?: string;
  schedule?: string;
  out?: string;
  /** Print the demo account when it still has the demo password (used by `faqtory start`). */
  demoLogin?: boolean;
  /** Express `trust proxy` (else the web.trust_proxy setting). */
  trustProxy?: string;
}

export const DEFAULT_PORT = 3000;
export const DEFAULT_HOST = '127.0.0.1';

function parsePort(value: string | undefined): number {
  const text = value ?? process.env.PORT ?? String(DEFAULT_PORT);
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) {
    throw new ConfigError(`"${text}" is not a port number. Use a number from 1 to 65535, e.g. --port 3000.`, 'port');
  }
  return port;
}

function waitForStopSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

function describeScheduledRun(summary: PipelineSummary | undefined, error: Error | undefined): string {
  if (error) return `Scheduled run failed: ${error.message}`;
  if (!summary) return 'Scheduled run: a build was already running; it served this run too.';
  const placed = `${summary.clustering.assigned} new questions placed into topics`;
  return summary.build
    ? `Scheduled run: ${placed}; ${summary.build.entries} answers written to ${summary.build.outDir}/.`
    : `Scheduled run: ${placed}; nothing published changed, the site was left as it is.`;
}

export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * The demo account's password is printed in the README: reachable from other computers it is an
 * open door. Only this computer may use the editor while it exists.
 */
function refuseDemoAccountOnNetwork(db: Db, host: string): void {
  if (isLoopbackHost(host) || !findUserByName(db, DEMO_LOGIN.name)) return;
  throw new ConfigError(
    `The demo account "${DEMO_LOGIN.name}" (its password is public) still exists, so the editor may only listen on this computer, not on ${host}. ` +
      `Add your own administrator with \`faqtory user add NAME --role admin\`, remove the demo account with \`faqtory user remove ${DEMO_LOGIN.name}\`, then start again with --host ${host}.`,
    'host',
  );
}

/** Runs the editor and the build schedule until Ctrl+C. */
export async function serveEditor(command: Command, options: ServeOptions): Promise<void> {
  const port = parsePort(options.port);
  const host = options.host ?? DEFAULT_HOST;
  await withStore(command, async (db) => {
    refuseDemoAccountOnNetwork(db, host);
    const schedule = resolveSchedule(db, options.schedule);
    const outDir = resolveOutDir(db, options.out);
    await recoverInterruptedBuild(db, outDir);
    const scheduler = startScheduler(db, {
      schedule,
      outDir,
      onScheduledRun: ({ summary, error }) => say(describeScheduledRun(summary, error)),
    });
    const app = createEditorApp(db, { outDir, buildNow: scheduler.buildNow, trustProxy: options.trustProxy });
    const server = app.listen(port, host);
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('listening', resolve);
        server.once('error', reject);
      });
    } catch (error) {
      scheduler.stop();
      const code = (error as NodeJS.ErrnoException).code;
      throw new ConfigError(
        code === 'EADDRINUSE'
          ? `Port ${port} is already in use. Stop the other program or choose another port with --port.`
          : `Cannot listen on ${host}:${port} (${(error as Error).message}).`,
        'port',
      );
    }
    const address = server.address() as AddressInfo;
    const base = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
    say(`Editor:   ${base}/`);
    say(`FAQ site: ${base}/faq/  (from ${outDir}/)`);
    say(schedule === SCHEDULE_OFF ? 'Scheduled builds are off.' : `Site rebuilds on schedule "${schedule}" (next: ${scheduler.nextRun()?.toISOString()}).`);
    if (options.demoLogin && (await authenticate(db, DEMO_LOGIN.name, DEMO_LOGIN.password))) {
      say(`Log in as "${DEMO_LOGIN.name}" with the password "${DEMO_LOGIN.password}".`);
    }
    say('Press Ctrl+C to stop.');
    await waitForStopSignal();
    scheduler.stop();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  });
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('run the editor web app and the scheduled site builds; the site is served at /faq/')
    .option('--port <port>', `port to listen on (default ${DEFAULT_PORT}, or env PORT)`)
    .option('--host <host>', 'address to listen on', DEFAULT_HOST)
    .option('--out <dir>', 'the site folder that "Publish now" writes and /faq/ serves (default public/)')
    .option('--trust-proxy <proxy>', 'the TLS reverse proxy in front: "loopback", its address, a number of hops, or "off" (default: the web.trust_proxy setting)')
    .option('--schedule <cron>', `when to rebuild the site, as cron (default hourly "0 * * * *", env FAQTORY_SCHEDULE, or "${SCHEDULE_OFF}")`)
    .action((options: ServeOptions, command: Command) => serveEditor(command, options));
}
