import { Option, type Command } from 'commander';
import { OPERATOR } from '../app/actor.js';
import { changePassword, changeRole, endSessions, removeUser } from '../app/manage-users.js';
import { ConfigError, FaqtoryError } from '../errors.js';
import { USER_ROLES } from '../model.js';
import { createUser, findUserByName, listUsers } from '../store/users.js';
import { report, withStore } from './context.js';

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads one line from the terminal without showing what is typed. */
function promptHidden(prompt: string): Promise<string> {
  const input = process.stdin;
  process.stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (data: Buffer) => {
      for (const char of data.toString('utf8')) {
        if (char === '\r' || char === '\n') return finish();
        if (char === '\u0003') return finish(new ConfigError('Cancelled; no user was added.'));
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else if (char >= ' ') typed += char;
      }
    };
    input.setRawMode(true);
    input.resume();
    input.on('data', onData);
  });
}

async function askPassword(fromStdin: boolean, nothingDone = 'no user was added'): Promise<string> {
  if (fromStdin) return (await readAll(process.stdin)).replace(/\r?\n$/, '');
  if (!process.stdin.isTTY) {
    throw new ConfigError('No terminal to ask for the password. Pipe it in with --password-stdin.');
  }
  const password = await promptHidden('Password: ');
  if ((await promptHidden('Repeat the password: ')) !== password) {
    throw new ConfigError(`The two passwords differ; ${nothingDone}. Run the command again.`);
  }
  return password;
}

export function registerUserCommand(program: Command): void {
  const user = program.command('user').description('manage editor accounts');
  user
    .command('add <name>')
    .description('create an account for the editor web app')
    .addOption(new Option('--role <role>', 'what the account may do').choices(USER_ROLES).makeOptionMandatory())
    .option('--password-stdin', 'read the password from standard input instead of asking')
    .action(async (name: string, options: { role: string; passwordStdin?: boolean }, command: Command) => {
      const created = await withStore(command, async (db) => {
        // Say so before asking for a password that would be thrown away.
        if (findUserByName(db, name.trim())) {
          throw new FaqtoryError(`A user named "${name.trim()}" already exists. Choose another name.`);
        }
        return createUser(db, name, options.role, await askPassword(options.passwordStdin === true));
      });
      report(command, created, () => `Added ${created.role} "${created.name}". They can log in with faqtory serve.`);
    });
  user
    .command('list')
    .description('list the accounts with their roles and open sessions')
    .action(async (_options: unknown, command: Command) => {
      const users = await withStore(command, (db) => listUsers(db));
      report(command, users, () =>
        users.length === 0
          ? 'There are no accounts yet. Add one with `faqtory user add NAME --role admin`.'
          : users.map((u) => `${u.name}\t${u.role}\t${u.sessions} open session${u.sessions === 1 ? '' : 's'}`).join('\n'),
      );
    });
  user
    .command('passwd <name>')
    .description("set a new password; ends the user's sessions")
    .option('--password-stdin', 'read the password from standard input instead of asking')
    .action(async (name: string, options: { passwordStdin?: boolean }, command: Command) => {
      const changed = await withStore(command, async (db) => {
        if (!findUserByName(db, name.trim())) throw new ConfigError(`There is no user named "${name.trim()}". See \`faqtory user list\`.`, 'name');
        const password = await askPassword(options.passwordStdin === true, 'the password was not changed');
        return changePassword(db, { name, password, actor: OPERATOR });
      });
      report(command, changed, () => `New password set for "${changed.user.name}"; ${changed.endedSessions} session(s) logged out.`);
    });
  user
    .command('set-role <name> <role>')
    .description(`change what an account may do (${USER_ROLES.join(', ')})`)
    .action(async (name: string, role: string, _options: unknown, command: Command) => {
      const changed = await withStore(command, (db) => changeRole(db, { name, role, actor: OPERATOR }));
      report(command, changed, () => `"${changed.name}" is now ${changed.role}.`);
    });
  user
    .command('remove <name>')
    .description("delete an account and end its sessions (answers it wrote stay)")
    .action(async (name: string, _options: unknown, command: Command) => {
      const removed = await withStore(command, (db) => removeUser(db, { name, actor: OPERATOR }));
      report(command, removed, () => `Removed "${removed.user.name}"; ${removed.endedSessions} session(s) logged out.`);
    });
  user
    .command('logout [name]')
    .description("log out all sessions: of one user, or of everybody when no name is given")
    .action(async (name: string | undefined, _options: unknown, command: Command) => {
      const ended = await withStore(command, (db) => endSessions(db, { name, actor: OPERATOR }));
      report(command, { endedSessions: ended }, () => `${ended} session(s) logged out${name ? ` for "${name.trim()}"` : ''}.`);
    });
}
