#!/usr/bin/env node
// The kbdesk command. The sources are TypeScript, loaded through tsx's ESM hooks.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../node/cli.ts');
process.exitCode = await main(process.argv.slice(2));
