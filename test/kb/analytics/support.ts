import { importFiles } from '../../../kb/import/import.service.ts';
import { createServices, type ServiceOptions } from '../../../kb/services/index.ts';
import { freshDatabase } from '../../helpers/db.ts';
import { kb954960Files } from '../../helpers/files.ts';

/** Services over a fresh database holding KB954960, as the entry points build them. */
export async function analyticsServices(options: ServiceOptions = {}) {
  const db = freshDatabase();
  await importFiles(db, kb954960Files());
  return { db, services: createServices(db, options) };
}

/** Every row of the analytics tables, as one string: what a leak test searches. */
export function storedAnalytics(db: ReturnType<typeof freshDatabase>): string {
  const tables = ['analytics_events', 'feedback', 'log_templates', 'raw_logs'];
  return tables.map((t) => JSON.stringify(db.client.prepare(`SELECT * FROM ${t}`).all())).join('\n');
}

/**
 * A legacy WindowsUpdate.log of one machine whose sync fails through a proxy: one failure line,
 * with the host, its address, the time, the process, a byte count and a request GUID varying.
 */
export function proxyFailureLog(host: string, o: { day: string; pid: number; guid: string; bytes: number }): string {
  const t = (s: string) => `2026-11-${o.day}\t09:14:${s}\t ${o.pid}\t${(o.pid * 7).toString(16)}`;
  return [
    `${t('02:473')}\tAU\t## START ##  AU: Search for updates`,
    `${t('02:489')}\tAU\t<<## SUBMITTED ## AU: Search for updates [CallId = {${o.guid}}]`,
    `${t('03:020')}\tPT\t  + Server URL = http://${host}/ClientWebService/client.asmx`,
    `${t('24:036')}\tPT\tWARNING: Sync of Updates failed for client ${host} (10.20.${o.pid % 200}.7) after ${o.bytes} bytes, request {${o.guid}}: 0x8024402c`,
    `${t('24:052')}\tAgent\t  * Exit code = 0x00000000`,
  ].join('\n');
}

/** A different failure: the download share is full. */
export function diskFullLog(host: string): string {
  return `2026-11-20\t10:00:00:000\t 1200\t4b0\tDnldMgr\tFATAL: Failed to create download directory on \\\\${host}\\updates, error 0x80070070`;
}

export const clientA = proxyFailureLog('ws-0042.contoso.local', { day: '18', pid: 996, guid: '8E4A5B0C-2D6F-4B1A-9C3E-7F8A9B0C1D2E', bytes: 12345 });
export const clientB = proxyFailureLog('lap-7.fabrikam.com', { day: '19', pid: 1404, guid: '11111111-2222-3333-4444-555555555555', bytes: 987654 });
