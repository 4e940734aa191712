import { createApp, type AppOptions } from '../../api/app.ts';
import type { AppConfig } from '../../api/env.ts';
import { importFiles } from '../../kb/import/import.service.ts';
import { createServices, type ServiceOptions } from '../../kb/services/index.ts';
import { freshDatabase } from './db.ts';
import { kb954960Files } from './files.ts';

/** The real app over a fresh migrated database holding the bundled KB954960, called in process. */
export async function testApp(config: Partial<AppConfig> = {}, files = kb954960Files(), options: ServiceOptions = {}, appOptions: AppOptions = {}) {
  const db = freshDatabase();
  await importFiles(db, files);
  const services = createServices(db, options);
  const app = createApp(services, { corsOrigins: ['*'], ...config }, appOptions);
  return { app, db, services };
}
