import type { ArticleFile } from '../../../kb/import/import.service.ts';
import { importFiles } from '../../../kb/import/import.service.ts';
import { createSearchService } from '../../../kb/search/index.ts';
import { freshDatabase } from '../../helpers/db.ts';
import { kb954960Files } from '../../helpers/files.ts';

interface Synthetic {
  number: number;
  locale: 'pl-PL' | 'en-US';
  title: string;
  summary: string;
  symptoms: string;
  cause: string;
  product?: { slug: string; name: string };
}

/** A small valid article file, so ranking and filters have neighbours to beat. */
export function syntheticArticle(a: Synthetic): ArticleFile {
  const pl = a.locale === 'pl-PL';
  const product = a.product ?? { slug: 'windows-client', name: 'Windows' };
  const content = [
    '---',
    `number: ${a.number}`,
    `locale: ${a.locale}`,
    `title: ${JSON.stringify(a.title)}`,
    `summary: ${JSON.stringify(a.summary)}`,
    'revision: "1.0"',
    'lastReviewed: 2024-05-01',
    'products:',
    `  - slug: ${product.slug}`,
    `    name: ${JSON.stringify(product.name)}`,
    '    versions: ["1.0"]',
    '    relation: affected',
    '---',
    '',
    pl ? '## Symptomy' : '## Symptoms',
    '',
    a.symptoms,
    '',
    pl ? '## Przyczyna' : '## Cause',
    '',
    a.cause,
    '',
  ].join('\n');
  return { path: `${a.number}/${a.locale}.md`, content };
}

/**
 * Neighbours of KB954960, each there to make some assertion able to fail: inflected forms it
 * lacks, near-miss error codes and versions, title-versus-body pairs, text with HTML in it.
 */
export const NEIGHBOURS: Synthetic[] = [
  {
    number: 800001, locale: 'pl-PL', title: 'Serwer proxy odrzuca połączenia klientów',
    summary: 'Klienci nie łączą się przez serwer proxy, gdy jest włączone uwierzytelnianie NTLM.',
    symptoms: 'Komputery w sieci firmowej zgłaszają przekroczenie limitu czasu. Serwer proxy zapisuje kod 407.',
    cause: 'Uwierzytelnianie NTLM jest wymagane przez serwer proxy.',
    product: { slug: 'isa', name: 'ISA Server' },
  },
  {
    number: 800002, locale: 'pl-PL', title: 'Jak wyłączyć automatyczne aktualizacje sterowników',
    summary: 'Opis, jak wyłączyć pobieranie sterowników przez usługę Windows Update za pomocą zasad grupy.',
    symptoms: 'Po podłączeniu drukarki system pobiera aktualizacje sterowników bez pytania administratora.',
    cause: 'Domyślne ustawienia zasad pozwalają na pobieranie sterowników.',
  },
  {
    number: 800004, locale: 'pl-PL', title: 'Błąd instalacji aktualizacji zabezpieczeń',
    summary: 'Instalacja kończy się niepowodzeniem z powodu uszkodzonego magazynu składników.',
    symptoms: 'Podczas instalacji aktualizacji zabezpieczeń pojawia się komunikat o błędzie.',
    cause: 'Magazyn składników jest uszkodzony.',
  },
  {
    number: 800007, locale: 'pl-PL', title: 'Defragmentacja dysku na serwerze plików',
    summary: 'Zadanie zaplanowane obciąża dysk w godzinach pracy.',
    symptoms: 'Użytkownicy zgłaszają wolne otwieranie plików rano.',
    cause: 'Harmonogram zadania ustawiono na godzinę 9:00.',
  },
  {
    number: 800008, locale: 'pl-PL', title: 'Wolne działanie macierzy dyskowej',
    summary: 'Macierz odpowiada z opóźnieniem przy dużym obciążeniu.',
    symptoms: 'Czas odpowiedzi rośnie, gdy na woluminie trwa defragmentacja lub kopia zapasowa.',
    cause: 'Pamięć podręczna zapisu jest wyłączona.',
  },
  {
    number: 800003, locale: 'en-US', title: 'Print spooler stops responding after a driver update',
    summary: 'The print spooler service stops when a printer driver is replaced.',
    symptoms: 'Users cannot print. The event log shows <Error code="5"> & the spooler <script>alert(1)</script> crashes.',
    cause: 'A driver update replaces a shared DLL that the spooler has loaded.',
  },
  {
    number: 800005, locale: 'en-US', title: 'Clients fail to synchronize with error 0x80244010',
    summary: 'Item limits were already added in WSUS 3.0; too many synchronization round trips were reported.',
    symptoms: 'WindowsUpdate.log shows error 0x80244010. The file Microsoft.UpdateServices.Administration.dll has version 3.1.6001.65. Update ID 11111111-2222-3333-4444-555555555555 is listed.',
    cause: 'The client exceeded the maximum number of round trips.',
    product: { slug: 'wsus', name: 'Windows Server Update Services' },
  },
  {
    number: 800009, locale: 'en-US', title: 'Deduplication jobs fail on file servers',
    summary: 'Scheduled optimization jobs end early.',
    symptoms: 'The job history shows a cancelled state every night.',
    cause: 'The job window is too short.',
  },
  {
    number: 800010, locale: 'en-US', title: 'Storage volumes fill up unexpectedly',
    summary: 'Free space drops although no new files were written.',
    symptoms: 'Free space drops while deduplication garbage collection is pending.',
    cause: 'Shadow copies keep old chunks.',
  },
];

/** A fresh database with KB954960 (both locales) and the neighbours, and a search service on it. */
export async function seededSearch() {
  const db = freshDatabase();
  await importFiles(db, [...kb954960Files(), ...NEIGHBOURS.map(syntheticArticle)]);
  return createSearchService(db);
}

/** The article ids of a response, in order. */
export const ids = (r: { results: { id: string }[] }) => r.results.map((x) => x.id);
