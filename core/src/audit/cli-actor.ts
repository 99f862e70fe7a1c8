// Whoever runs a command line (`pnpm keys`, `pnpm data import`): may do what an admin may; recorded by login name.
import { userInfo } from 'node:os';
import type { Actor } from './actor.ts';

export function cliActor(): Actor {
  return { name: `cli:${userInfo().username}`, role: 'admin', keyId: null };
}
