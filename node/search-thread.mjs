// Loads search-thread.ts: a worker does not inherit the TypeScript loader bin/kbdesk.js registered.
import { register } from 'tsx/esm/api';

register();
await import('./search-thread.ts');
