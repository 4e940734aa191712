/**
 * Synthetic but realistic article files for scale benchmarks and crash tests: valid against the
 * real parser, in English and Polish, with varied titles, products, error codes from the WU
 * catalog, log excerpts (legacy WindowsUpdate.log, Windows 10 form, CMTrace), resolution paths
 * and enough made-up identifiers (hosts, files, versions, GUIDs) to grow the vocabulary the way
 * a real corpus does; and WindowsUpdate.logs for the matcher benchmarks. Deterministic for a given seed.
 *
 * Run: npx tsx bench/synthetic.ts <dir> [count=1000] [seed=1]   (count = article-locales)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArticleFile } from '../kb/import/import.service.ts';
import { WU_ERRORS } from '../kb/codes/wu-errors.data.ts';
import { ROOT } from '../node/paths.ts';

/** First article number of a synthetic set: far from the bundled 9000xx and 954960. */
export const SYNTHETIC_BASE = 1_000_000;

/** A small deterministic PRNG (mulberry-style) so every run generates the same corpus. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

type Rand = () => number;
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const int = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const hex = (rand: Rand, n: number) => Array.from({ length: n }, () => '0123456789ABCDEF'[Math.floor(rand() * 16)]).join('');
const guid = (rand: Rand) => `${hex(rand, 8)}-${hex(rand, 4)}-${hex(rand, 4)}-${hex(rand, 4)}-${hex(rand, 12)}`;
const q = (s: string) => JSON.stringify(s); // JSON strings are valid YAML flow scalars

const PRODUCTS = [
  { slug: 'wsus', name: 'Windows Server Update Services', versions: ['3.0', '3.0 SP1', '3.0 SP2', '6.2', '6.3', '10.0'] },
  { slug: 'sccm', name: 'Configuration Manager', versions: ['2007', '2012', '2012 R2', 'current-branch'] },
  { slug: 'windows-client', name: 'Windows', versions: ['7', '8.1', '10', '11'] },
  { slug: 'windows-server', name: 'Windows Server', versions: ['2008 R2', '2012 R2', '2016', '2019', '2022'] },
  { slug: 'sbs', name: 'Windows Small Business Server', versions: ['2003', '2008', '2011'] },
  { slug: 'sce', name: 'System Center Essentials', versions: ['2007', '2010'] },
  { slug: 'office', name: 'Microsoft Office', versions: ['2003', '2007', '2010', '2016'] },
] as const;

// Failure codes of the Windows Update agent, the kind people paste into tickets.
const CODES = WU_ERRORS.filter((e) => e.hex.startsWith('0x8024')).map((e) => ({ hex: e.hex, symbol: e.symbol }));

const CALLS = ['SyncUpdates', 'GetCookie', 'GetConfig', 'GetExtendedUpdateInfo', 'RefreshCache', 'GetFileLocations',
  'ReportEventBatch', 'DownloadFileInternal', 'InstallUpdates', 'SearchForUpdates', 'GetAuthorizationCookie', 'RegisterComputer'];
const COMPONENTS = ['PT', 'Agent', 'DnldMgr', 'Handler', 'Setup', 'Report', 'AU', 'Misc', 'CBS', 'Driver'];
const FILES = ['wuaueng.dll', 'wuapi.dll', 'client.asmx', 'SimpleAuth.asmx', 'ApiRemoting30.asmx', 'reportingwebservice.asmx',
  'Microsoft.UpdateServices.WebServices.Client.dll', 'SUSDB.mdf', 'WsusPool', 'wsusutil.exe', 'ccmexec.exe', 'WUAHandler.log'];
/** What goes wrong, in both languages: gives each article words that only a slice of the corpus shares. */
const TOPICS: { en: string; pl: string; key: [string, string] }[] = [
  { en: 'The proxy server requires authentication and the client sends no credentials.', pl: 'Serwer proxy wymaga uwierzytelnienia, a klient nie wysyła poświadczeń.', key: ['proxy authentication', 'uwierzytelnianie proxy'] },
  { en: 'The certificate revocation list cannot be downloaded from the distribution point.', pl: 'Nie można pobrać listy odwołania certyfikatów z punktu dystrybucji.', key: ['certificate revocation', 'odwołanie certyfikatu'] },
  { en: 'The content volume runs out of free disk space while files are copied.', pl: 'Na woluminie z zawartością kończy się wolne miejsce podczas kopiowania plików.', key: ['disk space', 'miejsce na dysku'] },
  { en: 'The IIS application pool recycles when its private memory limit is reached.', pl: 'Pula aplikacji IIS jest odtwarzana po osiągnięciu limitu pamięci prywatnej.', key: ['application pool', 'pula aplikacji'] },
  { en: 'A SQL Server query against SUSDB exceeds its command timeout.', pl: 'Zapytanie SQL Server do bazy SUSDB przekracza limit czasu polecenia.', key: ['SQL timeout', 'limit czasu SQL'] },
  { en: 'The BITS transfer job is suspended because the network is metered.', pl: 'Zadanie transferu BITS jest wstrzymane, ponieważ połączenie jest taryfowe.', key: ['BITS transfer', 'transfer BITS'] },
  { en: 'A Group Policy object points the client to a decommissioned server.', pl: 'Obiekt zasad grupy wskazuje klientowi wycofany z użytku serwer.', key: ['Group Policy', 'zasady grupy'] },
  { en: 'The clock of the client differs from the server by more than five minutes.', pl: 'Zegar klienta różni się od zegara serwera o więcej niż pięć minut.', key: ['time skew', 'różnica czasu'] },
  { en: 'DNS resolves the server name to a stale address.', pl: 'Serwer DNS zwraca nieaktualny adres dla nazwy serwera.', key: ['DNS resolution', 'rozpoznawanie nazw DNS'] },
  { en: 'TLS 1.2 is disabled in the SChannel registry keys.', pl: 'Protokół TLS 1.2 jest wyłączony w kluczach rejestru SChannel.', key: ['TLS 1.2', 'protokół TLS'] },
  { en: 'Express installation files are enabled and the delta download is corrupted.', pl: 'Włączono pliki instalacji ekspresowej, a pobrany plik różnicowy jest uszkodzony.', key: ['express installation files', 'instalacja ekspresowa'] },
  { en: 'The servicing stack update is missing, so the cumulative update cannot install.', pl: 'Brakuje aktualizacji stosu obsługi, więc nie można zainstalować aktualizacji zbiorczej.', key: ['servicing stack', 'stos obsługi'] },
  { en: 'Language pack metadata is synchronized for languages the server does not store.', pl: 'Metadane pakietów językowych są synchronizowane dla języków, których serwer nie przechowuje.', key: ['language packs', 'pakiety językowe'] },
  { en: 'The antivirus scanner locks the download cache folder.', pl: 'Skaner antywirusowy blokuje folder pamięci podręcznej pobierania.', key: ['antivirus exclusions', 'wykluczenia antywirusa'] },
  { en: 'The upstream server rejects the downstream replica after a password change.', pl: 'Serwer nadrzędny odrzuca replikę podrzędną po zmianie hasła.', key: ['downstream replica', 'replika podrzędna'] },
  { en: 'The driver catalog grows past the limit of the metadata cache.', pl: 'Katalog sterowników przekracza limit pamięci podręcznej metadanych.', key: ['driver catalog', 'katalog sterowników'] },
];

const HOSTS = ['wsus01', 'wsus-core', 'sup02', 'upd-srv', 'wsusebc', 'patch01', 'cm-sup', 'ws-dmz'];

interface Lang {
  titles: ((p: string, v: string, c: string, call: string, file: string) => string)[];
  symptom: (p: string, v: string, c: string, call: string, host: string) => string;
  cause: (call: string, file: string, c: string) => string[];
  steps: (p: string, v: string, file: string, host: string) => string[];
  headings: Record<'symptoms' | 'cause' | 'resolution' | 'workaround' | 'more' | 'known' | 'verify' | 'status', string>;
  pathTitle: (p: string, v: string) => string;
  logIntro: string;
  statusText: string;
  keywords: string[];
  note: string;
}

const EN: Lang = {
  titles: [
    (p, v, c) => `${p} ${v} clients fail to detect updates with error ${c}`,
    (p, v, c, call) => `${call} fails with ${c} on computers managed by ${p} ${v}`,
    (p, v, c, _call, file) => `Updates are not installed after ${file} is replaced on ${p} ${v} (${c})`,
    (p, v, c) => `Download of approved updates stops at 0% on ${p} ${v}: error ${c}`,
    (p, v, c, call) => `Scan against ${p} ${v} times out in ${call} (${c})`,
  ],
  symptom: (p, v, c, call, host) => `Computers that report to ${p} ${v} on ${host} stop receiving updates. The ${call} call fails and `
    + `the Windows Update client records error ${c}. Other computers in the same target group keep working, and the `
    + `problem returns after every restart of the Automatic Updates service.`,
  cause: (call, file, c) => [
    `The web service cannot process the ${call} request because ${file} holds stale metadata after a failed synchronization.`,
    `The client treats the answer as a fatal protocol error and stops the scan with ${c}; later scans repeat the same request.`,
  ],
  steps: (p, v, file, host) => [
    `Sign in to ${host} with an account that administers ${p} ${v}.`,
    `Stop the WSUS service, rename \`${file}\` and start the service again.`,
    'Run the Server Cleanup Wizard with every option selected, then synchronize the server.',
    'On an affected client, run `wuauclt /detectnow` and read the newest entries of WindowsUpdate.log.',
  ],
  headings: { symptoms: 'Symptoms', cause: 'Cause', resolution: 'Resolution', workaround: 'Workaround', more: 'More information', known: 'Known issues', verify: 'Verification', status: 'Status' },
  pathTitle: (p, v) => `Servers running ${p} ${v}`,
  logIntro: 'The client log (`%windir%\\WindowsUpdate.log`) records entries like these:',
  statusText: 'Microsoft has confirmed that this is a problem in the products listed in the "Applies to" section.',
  keywords: ['update detection', 'scan failure', 'synchronization', 'approvals', 'metadata', 'SOAP fault', 'proxy', 'certificate'],
  note: 'Only when the server was upgraded in place.',
};

const PL: Lang = {
  titles: [
    (p, v, c) => `Klienci ${p} ${v} nie wykrywają aktualizacji i zgłaszają błąd ${c}`,
    (p, v, c, call) => `Wywołanie ${call} kończy się błędem ${c} na komputerach zarządzanych przez ${p} ${v}`,
    (p, v, c, _call, file) => `Aktualizacje nie są instalowane po zastąpieniu pliku ${file} w ${p} ${v} (${c})`,
    (p, v, c) => `Pobieranie zatwierdzonych aktualizacji zatrzymuje się na 0% w ${p} ${v}: błąd ${c}`,
    (p, v, c, call) => `Skanowanie względem ${p} ${v} przekracza limit czasu w ${call} (${c})`,
  ],
  symptom: (p, v, c, call, host) => `Komputery raportujące do ${p} ${v} na serwerze ${host} przestają otrzymywać aktualizacje. Wywołanie ${call} `
    + `kończy się niepowodzeniem, a klient usługi Windows Update zapisuje błąd ${c}. Pozostałe komputery z tej samej grupy `
    + `docelowej działają dalej, a problem wraca po każdym ponownym uruchomieniu usługi Aktualizacje automatyczne.`,
  cause: (call, file, c) => [
    `Usługa sieci Web nie może przetworzyć żądania ${call}, ponieważ plik ${file} zawiera nieaktualne metadane po nieudanej synchronizacji.`,
    `Klient traktuje odpowiedź jako błąd krytyczny protokołu i przerywa skanowanie z kodem ${c}; kolejne skanowania powtarzają to samo żądanie.`,
  ],
  steps: (p, v, file, host) => [
    `Zaloguj się na serwerze ${host} kontem administratora ${p} ${v}.`,
    `Zatrzymaj usługę WSUS, zmień nazwę pliku \`${file}\` i ponownie uruchom usługę.`,
    'Uruchom Kreatora oczyszczania serwera z zaznaczonymi wszystkimi opcjami, a następnie zsynchronizuj serwer.',
    'Na komputerze, którego dotyczy problem, uruchom `wuauclt /detectnow` i przeczytaj najnowsze wpisy dziennika WindowsUpdate.log.',
  ],
  headings: { symptoms: 'Symptomy', cause: 'Przyczyna', resolution: 'Rozwiązanie', workaround: 'Obejście problemu', more: 'Więcej informacji', known: 'Znane problemy', verify: 'Weryfikacja', status: 'Stan' },
  pathTitle: (p, v) => `Serwery z programem ${p} ${v}`,
  logIntro: 'Dziennik klienta (`%windir%\\WindowsUpdate.log`) zawiera wpisy podobne do tych:',
  statusText: 'Firma Microsoft potwierdziła, że jest to problem w produktach wymienionych w sekcji „Dotyczy”.',
  keywords: ['wykrywanie aktualizacji', 'błąd skanowania', 'synchronizacja', 'zatwierdzenia', 'metadane', 'błąd SOAP', 'serwer proxy', 'certyfikat'],
  note: 'Tylko gdy serwer uaktualniono w miejscu.',
};

/** The facts both translations of one article share. */
interface Facts {
  number: number;
  products: { slug: string; name: string; versions: string[]; relation: 'affected' | 'may-be-affected' }[];
  codes: { hex: string; symbol: string }[];
  call: string;
  file: string;
  host: string;
  title: number;
  updateId: string;
  fileVersion: string;
  logKind: 'legacy' | 'win10' | 'cmtrace';
  pid: string;
  tid: string;
  withWorkaround: boolean;
  withVerification: boolean;
  lastReviewed: string;
  labels: string[];
  topic: number;
}

function facts(number: number, rand: Rand): Facts {
  const first = pick(rand, PRODUCTS);
  const others = PRODUCTS.filter((p) => p.slug !== first.slug);
  const products = [first, ...(rand() < 0.5 ? [pick(rand, others)] : [])].map((p, i) => {
    const start = int(rand, 0, p.versions.length - 1);
    return { slug: p.slug, name: p.name, versions: p.versions.slice(start, start + int(rand, 1, 2)), relation: i === 0 ? 'affected' as const : 'may-be-affected' as const };
  });
  const codes = [pick(rand, CODES), ...(rand() < 0.3 ? [pick(rand, CODES)] : [])].filter((c, i, all) => all.findIndex((x) => x.hex === c.hex) === i);
  return {
    number, products, codes,
    call: pick(rand, CALLS), file: pick(rand, FILES), host: `${pick(rand, HOSTS)}-${int(rand, 1, 400)}`,
    title: int(rand, 0, EN.titles.length - 1), updateId: guid(rand),
    fileVersion: `${int(rand, 3, 10)}.${int(rand, 0, 3)}.${int(rand, 6000, 9600)}.${int(rand, 1, 999)}`,
    logKind: pick(rand, ['legacy', 'legacy', 'win10', 'cmtrace'] as const),
    pid: String(int(rand, 200, 4000)), tid: int(rand, 256, 8191).toString(16),
    withWorkaround: rand() < 0.5, withVerification: rand() < 0.6,
    lastReviewed: `20${String(int(rand, 8, 25)).padStart(2, '0')}-${String(int(rand, 1, 12)).padStart(2, '0')}-${String(int(rand, 1, 28)).padStart(2, '0')}`,
    topic: int(rand, 0, TOPICS.length - 1),
    labels: ['kbwsus', 'kbclient', 'kbtshoot', 'kbbug', 'kbexpertiseinter'].filter(() => rand() < 0.5),
  };
}

function logLines(f: Facts, lang: 'en' | 'pl'): string[] {
  const [d, t] = lang === 'en' ? ['Date', 'Time'] : ['Data', 'Godzina'];
  const code = f.codes[0]!.hex;
  const bare = code.slice(2);
  const host = `http://${f.host}:8530/ClientWebService/client.asmx`;
  if (f.logKind === 'win10') {
    return [
      `${d} ${t} ${f.pid} ${f.tid} ProtocolTalker *FAILED* [${bare}] ${f.call} failure`,
      `${d} ${t} ${f.pid} ${f.tid} ProtocolTalker ServiceId = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}, Server URL = ${host}`,
      `${d} ${t} ${f.pid} ${f.tid} Agent Exit code = ${code}`,
    ];
  }
  if (f.logKind === 'cmtrace') {
    return [
      `<![LOG[OnSearchComplete - Failed to end search job. Error = ${code}.]LOG]!><time="HH:MM:SS.mmm+000" date="MM-DD-YYYY" component="WUAHandler" context="" type="3" thread="${f.pid}" file="cwuahandler.cpp:4113">`,
      `<![LOG[Scan failed with error = ${code}.]LOG]!><time="HH:MM:SS.mmm+000" date="MM-DD-YYYY" component="WUAHandler" context="" type="3" thread="${f.pid}" file="cwuahandler.cpp:3360">`,
    ];
  }
  return [
    `${d} ${t} ${f.pid} ${f.tid} PT +++++++++++ PT: Synchronizing server updates +++++++++++`,
    `${d} ${t} ${f.pid} ${f.tid} PT + ServiceId = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}, Server URL = ${host}`,
    `${d} ${t} ${f.pid} ${f.tid} PT WARNING: ${f.call} failure, error = ${code}, soap client error = 7, soap error code = 400, HTTP status code = 200`,
    `${d} ${t} ${f.pid} ${f.tid} ${pick(prng(f.number), COMPONENTS)} WARNING: ${f.file} returned ${code} for update {${f.updateId}}`,
    `${d} ${t} ${f.pid} ${f.tid} Agent * WARNING: Exit code = ${code}`,
  ];
}

/** One translation of an article as markdown with front matter. */
function render(f: Facts, locale: 'en-US' | 'pl-PL'): string {
  const L = locale === 'en-US' ? EN : PL;
  const lang = locale === 'en-US' ? 'en' : 'pl';
  const main = f.products[0]!;
  const v = main.versions.at(-1)!;
  const code = f.codes[0]!.hex;
  const title = L.titles[f.title]!(main.name, v, code, f.call, f.file);
  const source = f.logKind === 'cmtrace' ? 'configmgr' : 'client';
  const paths = f.products.slice(0, 1).flatMap((p) => p.versions.map((ver, i) => ({ id: `${p.slug}-${i + 1}`, product: p.slug, version: ver, name: p.name })));
  const fm = [
    '---',
    `number: ${f.number}`,
    `locale: ${locale}`,
    `title: ${q(title)}`,
    `summary: ${q(`${L.symptom(main.name, v, code, f.call, f.host).split('. ')[0]}. ${L.cause(f.call, f.file, code)[0]}`)}`,
    `revision: "${1 + (f.number % 7)}.0"`,
    `lastReviewed: ${f.lastReviewed}`,
    `status: ${pick(prng(f.number), ['confirmed', 'by-design', 'fixed', 'investigating'])}`,
    `labels: [${f.labels.join(', ')}]`,
    `keywords: [${[...f.codes.map((c) => q(c.hex)), ...f.codes.map((c) => c.symbol), q(f.call), q(L.keywords[f.number % L.keywords.length]!), q(TOPICS[f.topic]!.key[lang === 'en' ? 0 : 1])].join(', ')}]`,
    'products:',
    ...f.products.flatMap((p, i) => [
      `  - slug: ${p.slug}`, `    name: ${q(p.name)}`, `    versions: [${p.versions.map(q).join(', ')}]`, `    relation: ${p.relation}`,
      ...(i > 0 && f.number % 3 === 0 ? [`    note: ${q(L.note)}`] : []),
    ]),
    `errorCodes: [${f.codes.map((c) => q(c.hex)).join(', ')}]`,
    'logs:',
    `  - id: ${source}-log`, `    source: ${source}`, `    path: ${q(source === 'client' ? '%windir%\\WindowsUpdate.log' : '%windir%\\CCM\\Logs\\WUAHandler.log')}`, '    phase: detection',
    'resolutions:',
    ...paths.map((p) => `  - id: ${p.id}\n    appliesTo: { product: ${p.product}, versions: [${q(p.version)}] }`),
    'updateIds:', `  - id: ${f.updateId}`, `    title: ${q(`${f.call} metadata ${f.fileVersion}`)}`,
    'commands: ["wuauclt /detectnow"]',
    ...(f.withVerification ? ['verification:', `  folder: ${q('%ProgramFiles%\\Update Services\\WebServices\\ClientWebService\\bin\\')}`, `  file: ${q(f.file)}`, `  goodVersion: ${q(f.fileVersion)}`] : []),
    '---',
  ];
  const steps = L.steps(main.name, v, f.file, f.host);
  const body = [
    '',
    `## ${L.headings.symptoms}`, '', L.symptom(main.name, v, code, f.call, f.host), '', L.logIntro, '',
    `\`\`\`log ${source}-log`, ...logLines(f, lang), '```', '',
    `## ${L.headings.cause}`, '', TOPICS[f.topic]![lang], '', ...L.cause(f.call, f.file, code).flatMap((p) => [p, '']),
    `## ${L.headings.resolution}`, '',
    ...paths.flatMap((p) => [`### ${L.pathTitle(p.name, p.version)} {#${p.id}}`, '', ...steps.map((s, i) => `${i + 1}. ${s}`), '']),
    ...(f.withWorkaround ? [`## ${L.headings.workaround}`, '', ...steps.slice(2).map((s, i) => `${i + 1}. ${s}`), ''] : []),
    `## ${L.headings.more}`, '', `### ${L.headings.known}`, '', `- ${L.cause(f.call, f.file, code)[1]}`, '',
    ...(f.withVerification ? [`### ${L.headings.verify}`, '', `1. ${f.file}: **${f.fileVersion}**.`, ''] : []),
    `## ${L.headings.status}`, '', L.statusText, '',
  ];
  return [...fm, ...body].join('\n');
}

/**
 * `count` article-locales: articles numbered from SYNTHETIC_BASE, each in en-US and pl-PL
 * (an odd count ends with one en-US only), as the importer receives them.
 */
export function syntheticArticleFiles(count: number, seed = 1, base = SYNTHETIC_BASE): ArticleFile[] {
  return [...syntheticArticleBatches(count, count, seed, base)].flat();
}

/** The same files as syntheticArticleFiles, generated lazily in batches of `batchSize`. */
export function* syntheticArticleBatches(count: number, batchSize: number, seed = 1, base = SYNTHETIC_BASE): Generator<ArticleFile[]> {
  const rand = prng(seed);
  let batch: ArticleFile[] = [];
  let made = 0;
  for (let i = 0; made < count; i++) {
    const f = facts(base + i, rand);
    for (const locale of ['en-US', 'pl-PL'] as const) {
      if (made >= count) break;
      batch.push({ path: `${f.number}/${locale}.md`, content: render(f, locale) });
      made++;
      if (batch.length === batchSize) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}

/** Writes the files under `dir` as `<number>/<locale>.md`; returns their total size in bytes. */
export function writeSyntheticArticles(dir: string, count: number, seed = 1): number {
  let bytes = 0;
  for (const file of syntheticArticleFiles(count, seed)) {
    const path = join(dir, file.path);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, file.content);
    bytes += Buffer.byteLength(file.content);
  }
  return bytes;
}

/** Legacy WindowsUpdate.log: realistic noise, and the KB954960 fault every ~8 MB. */
export function generateWindowsUpdateLog(bytes: number, seed = 1): Uint8Array {
  const rand = prng(seed);
  const fault = readFileSync(join(ROOT, 'test/fixtures/logs/windowsupdate-legacy-kb954960.log'), 'utf8');
  const noise = [
    'AU\t#############', 'AU\t## START ##  AU: Search for updates', 'Agent\t  * Online = Yes; Ignore download priority = No',
    'Agent\t  * Search Scope = {Machine}', 'Setup\tChecking for agent SelfUpdate', 'Setup\tClient version: Core: 7.6.7600.256  Aux: 7.6.7600.256',
    'Misc\tValidating signature for C:\\WINDOWS\\SoftwareDistribution\\SelfUpdate\\wuident.cab:', 'Misc\t Microsoft signed: Yes',
    'PT\t+++++++++++  PT: Synchronizing server updates  +++++++++++', 'Agent\t  * Found 0 updates and 71 categories in search; evaluated appl. rules of 1563 out of 2841 deployed entities',
    'Report\tREPORT EVENT: {B8C1D2E3-F4A5-4B6C-8D7E-9F0A1B2C3D4E}\t2009-06-01 10:00:00:000+0200\t1\t147\t101\t{00000000-0000-0000-0000-000000000000}\t0\t0\tAutomaticUpdates\tSuccess\tSoftware Synchronization\tWindows Update Client successfully detected 0 updates.',
    'DnldMgr\t*********** DnldMgr: Regulation Refresh [Svc: {7971F918-A847-4430-9279-4A52D1EFE18D}] ***********',
    'AU\tAU setting next detection timeout to 2009-06-01 14:22:05',
  ];
  const parts: string[] = [];
  let size = 0, nextFault = 8 << 20;
  while (size < bytes) {
    const line = `2009-06-01\t${String(Math.floor(rand() * 24)).padStart(2, '0')}:14:02:${String(Math.floor(rand() * 1000)).padStart(3, '0')}\t ${900 + Math.floor(rand() * 90)}\t${Math.floor(rand() * 4096).toString(16)}\t${noise[Math.floor(rand() * noise.length)]}\n`;
    parts.push(line);
    size += line.length;
    if (size >= nextFault) { parts.push(fault); size += fault.length; nextFault += 8 << 20; }
  }
  return new TextEncoder().encode(parts.join(''));
}

/** Queries for search benchmarks: words in both languages, codes in several forms, log text, GUID-like strings. */
export function searchQueries(seed = 7): string[] {
  const rand = prng(seed);
  const fixed = ['wsus clients fail to detect updates', 'klienci nie wykrywają aktualizacji', 'synchronizacja serwera', 'server cleanup wizard',
    'download stops at 0%', 'przekroczono limit czasu', 'SOAP fault', 'wuauclt detectnow', 'certyfikat serwer proxy', 'approvals metadata',
    'Configuration Manager scan failed', 'aktualizacje nie są instalowane', 'Failed to end search job', 'serwerze', 'updates',
    ...TOPICS.slice(0, 8).map((t, i) => t.key[i % 2]!), 'application pool private memory', 'odwołanie certyfikatów punkt dystrybucji'];
  const codes = Array.from({ length: 10 }, () => pick(rand, CODES));
  return [
    ...fixed,
    ...codes.map((c) => c.hex), ...codes.slice(0, 4).map((c) => c.hex.slice(2).toLowerCase()), ...codes.slice(0, 3).map((c) => c.symbol),
    ...CALLS.slice(0, 5).map((c) => `${c} failure`), 'wsus detetcion faild', 'aktualizacij wykrywanie',
  ];
}

/** The locale filters each of searchQueries is run with: none, a language, an exact locale. */
export const SEARCH_LOCALES = [undefined, 'pl', 'en-US'] as const;

/** First chat turns about the synthetic corpus: questions in both languages, error codes, a command that did nothing. */
export function chatQuestions(seed = 7): string[] {
  const rand = prng(seed);
  const codes = Array.from({ length: 3 }, () => pick(rand, CODES));
  return [
    'WSUS clients fail to detect updates', 'Klienci nie wykrywają aktualizacji z serwera WSUS', 'The download stops at 0%',
    'Przekroczono limit czasu synchronizacji serwera', 'Clients report a SOAP fault', 'Server cleanup wizard times out',
    ...TOPICS.slice(0, 4).map((t) => t.en), ...TOPICS.slice(4, 8).map((t) => t.pl),
    `Error ${codes[0]!.hex} on the clients`, `Błąd ${codes[1]!.hex} na stacjach`, `${codes[2]!.symbol} after wuauclt /detectnow`,
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir, count = '1000', seed = '1'] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: tsx bench/synthetic.ts <dir> [count] [seed]');
    process.exit(2);
  }
  const bytes = writeSyntheticArticles(dir, Number(count), Number(seed));
  console.log(`wrote ${count} article-locales (${(bytes / 2 ** 20).toFixed(1)} MiB) to ${dir}`);
}
