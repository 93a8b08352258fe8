import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The compiled CLI, run as a user would run it. */
export const CLI = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `faqtory ...args` in a child process and collects its output. */
export function runCli(args: readonly string[], options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** Runs the CLI with --json and parses stdout, failing with stderr when the run failed. */
export async function runCliJson<T>(args: readonly string[], options: Parameters<typeof runCli>[1] = {}): Promise<T> {
  const run = await runCli(['--json', ...args], options);
  if (run.code !== 0) throw new Error(`faqtory ${args.join(' ')} exited ${run.code}:\n${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}
