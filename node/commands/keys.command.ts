import { ROLES } from '../../kb/access/roles.ts';
import type { KeyRole } from '../../kb/access/api-keys.service.ts';
import { bootstrap } from '../bootstrap.ts';

const USAGE = 'usage: kbdesk keys create --role reader|agent|editor|admin --name NAME | keys list | keys revoke ID';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** `kbdesk keys`: create (the key is printed once), list and revoke API keys. */
export async function keysCommand(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  const { services, close } = await bootstrap();
  try {
    if (action === 'create') {
      const role = option(rest, '--role');
      const name = option(rest, '--name');
      if (!role || !name || role === 'anonymous' || !(ROLES as readonly string[]).includes(role)) {
        console.error(USAGE);
        return 2;
      }
      const created = await services.apiKeys.create(name, role as KeyRole);
      console.log(`${created.id}  ${created.role}  ${created.name}\n${created.key}\n(store the key now: it is not shown again)`);
      return 0;
    }
    if (action === 'list') {
      for (const k of await services.apiKeys.list()) {
        console.log(`${k.id}  ${k.role.padEnd(6)}  ${k.prefix}…  ${k.createdAt}  ${k.revokedAt ? `revoked ${k.revokedAt}` : 'active'}  ${k.name}`);
      }
      return 0;
    }
    if (action === 'revoke' && rest[0]) {
      await services.apiKeys.revoke(rest[0]);
      console.log(`revoked ${rest[0]}`);
      return 0;
    }
    console.error(USAGE);
    return 2;
  } finally {
    await close();
  }
}
