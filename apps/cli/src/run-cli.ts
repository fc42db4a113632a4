import { AuditChainVerifier, loadConfig } from '@app/core';
import { OperatorAccountsService, OperatorError } from '@app/identity';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

import { parseArgs, ParsedArgs } from './args';
import { CliModule } from './cli.module';
import { maskedConfig } from './commands/masked-config';
import { OutboxOperations } from './commands/outbox-operations';
import { StepRerun } from './commands/step-rerun';

export const USAGE = `Usage: npm run cli -- <command> [arguments]

  create-admin --email <email> --password <password> [--name <display name>]
  disable-user <email|user id> [--reason <text>]
  issue-password-reset <email|user id>
                                a one-time reset token (valid one hour) for resetPassword
  verify-audit-chain            exit 0 when the chain is intact, 2 when a link is broken
  outbox-status                 rows waiting, in flight, given up (exit 3 when any was given up), lag
  outbox-replay <id>... | --given-up
                                send rows again from scratch (after fixing what made them fail)
  rerun-step <challenge id>     re-run the pipeline step the challenge's status calls for
  config                        the effective configuration, secrets masked
  help`;

export type Print = (line: string) => void;

/** Exit codes: 0 done, 1 refused or failed, 2 audit chain broken, 3 outbox has given-up rows, 64 usage. */
export const EXIT = { OK: 0, FAILED: 1, CHAIN_BROKEN: 2, GIVEN_UP: 3, USAGE: 64 } as const;

type Command = (args: ParsedArgs, app: () => Promise<INestApplicationContext>, print: Print) => Promise<number>;

const json = (value: unknown) => JSON.stringify(value, null, 2);
const option = (args: ParsedArgs, name: string): string | undefined =>
  typeof args.options[name] === 'string' ? (args.options[name] as string) : undefined;

const COMMANDS: Record<string, Command> = {
  async 'create-admin'(args, app, print) {
    const email = option(args, 'email');
    const password = option(args, 'password');
    if (!email || !password) return usage(print, 'create-admin needs --email and --password');
    const user = await (await app()).get(OperatorAccountsService).createAdmin({ email, password, displayName: option(args, 'name') ?? '' });
    print(json({ created: { id: user.id, email: user.email, roles: user.roles } }));
    return EXIT.OK;
  },
  async 'disable-user'(args, app, print) {
    const who = args.positional[0];
    if (!who) return usage(print, 'disable-user needs an email or a user id');
    const result = await (await app()).get(OperatorAccountsService).disableUser(who, option(args, 'reason') ?? 'disabled by an operator');
    print(json(result));
    return EXIT.OK;
  },
  async 'issue-password-reset'(args, app, print) {
    const who = args.positional[0];
    if (!who) return usage(print, 'issue-password-reset needs an email or a user id');
    print(json(await (await app()).get(OperatorAccountsService).issuePasswordReset(who)));
    return EXIT.OK;
  },
  async 'verify-audit-chain'(_args, app, print) {
    const result = await (await app()).get(AuditChainVerifier).verify();
    print(json(result));
    return result.valid ? EXIT.OK : EXIT.CHAIN_BROKEN;
  },
  async 'outbox-status'(_args, app, print) {
    const status = await (await app()).get(OutboxOperations).status();
    print(json(status));
    return status.givenUp > 0 ? EXIT.GIVEN_UP : EXIT.OK;
  },
  async 'outbox-replay'(args, app, print) {
    const all = args.options['given-up'] === true;
    if (!all && !args.positional.length) return usage(print, 'outbox-replay needs outbox ids or --given-up');
    const outcome = await (await app()).get(OutboxOperations).replay(all ? 'given-up' : args.positional);
    print(json(outcome));
    return outcome.skipped.length && !outcome.replayed.length ? EXIT.FAILED : EXIT.OK;
  },
  async 'rerun-step'(args, app, print) {
    const challengeId = args.positional[0];
    if (!challengeId) return usage(print, 'rerun-step needs a challenge id');
    print(json(await (await app()).get(StepRerun).rerun(challengeId)));
    return EXIT.OK;
  },
  async config(_args, _app, print) {
    print(json(maskedConfig(loadConfig())));
    return EXIT.OK;
  },
  async help(_args, _app, print) {
    print(USAGE);
    return EXIT.OK;
  },
};

function usage(print: Print, problem?: string): number {
  if (problem) print(`error: ${problem}`);
  print(USAGE);
  return EXIT.USAGE;
}

/**
 * Runs one operator command and returns its exit code (main.ts exits with it; the e2e suite calls
 * it in-process). The Nest context is created only for commands that need the database.
 */
export async function runCli(argv: readonly string[], print: Print = (line) => process.stdout.write(`${line}\n`)): Promise<number> {
  const args = parseArgs(argv);
  const command = args.command ? COMMANDS[args.command] : undefined;
  if (!command) return usage(print, args.command ? `unknown command "${args.command}"` : undefined);
  let context: INestApplicationContext | undefined;
  const app = async () => (context ??= await NestFactory.createApplicationContext(CliModule, { logger: ['error'] }));
  try {
    return await command(args, app, print);
  } catch (error) {
    if (error instanceof OperatorError) {
      print(`error: ${error.message}`);
      return EXIT.FAILED;
    }
    throw error;
  } finally {
    await context?.close();
  }
}
