import type { LocalizedText } from './descriptions.ts';

/** A well-known non-Windows-Update code that turns up in WindowsUpdate.log / WSUS client logs. */
export interface WellKnownCode {
  readonly hex: string;
  readonly symbol: string;
  /** Other names for the same value (WinHTTP vs WinINet spellings, Win32 vs HRESULT constants). */
  readonly aliases?: readonly string[];
  readonly text: LocalizedText;
}

/**
 * Win32/WinHTTP/COM/CryptoAPI codes seen next to WU_E_* codes. Values checked against
 * mingw-w64's winerror.h, winhttp.h and wininet.h; the texts are our own.
 * For FACILITY_WIN32 (0x8007xxxx) the low 16 bits are the Win32 error number, e.g. 0x2EE2 = 12002.
 */
export const WELL_KNOWN_CODES: readonly WellKnownCode[] = [
  {
    hex: '0x80004005',
    symbol: 'E_FAIL',
    text: {
      en: 'An unspecified failure; the actual cause has to be found in the logs.',
      pl: 'Nieokreślony błąd; faktycznej przyczyny trzeba szukać w logach.',
    },
  },
  {
    hex: '0x80070002',
    symbol: 'ERROR_FILE_NOT_FOUND',
    text: {
      en: 'A file that the operation needed could not be found.',
      pl: 'Nie znaleziono pliku potrzebnego do wykonania operacji.',
    },
  },
  {
    hex: '0x80070005',
    symbol: 'E_ACCESSDENIED',
    aliases: ['ERROR_ACCESS_DENIED'],
    text: {
      en: 'Access was denied because the account running the operation lacks the required permission.',
      pl: 'Odmowa dostępu, ponieważ konto wykonujące operację nie ma wymaganych uprawnień.',
    },
  },
  {
    hex: '0x8007000E',
    symbol: 'E_OUTOFMEMORY',
    aliases: ['ERROR_OUTOFMEMORY'],
    text: {
      en: 'Not enough memory was available to complete the operation.',
      pl: 'Zabrakło pamięci do ukończenia operacji.',
    },
  },
  {
    hex: '0x80070422',
    symbol: 'ERROR_SERVICE_DISABLED',
    text: {
      en: 'A required service could not start because its startup type is Disabled (for example the Windows Update service itself).',
      pl: 'Wymagana usługa nie mogła się uruchomić, ponieważ ma typ uruchomienia „Wyłączony” (np. sama usługa Windows Update).',
    },
  },
  {
    hex: '0x80070643',
    symbol: 'ERROR_INSTALL_FAILURE',
    text: {
      en: 'A Windows Installer (MSI) package reported a fatal error during installation.',
      pl: 'Pakiet Instalatora Windows (MSI) zgłosił błąd krytyczny podczas instalacji.',
    },
  },
  {
    hex: '0x80072EE2',
    symbol: 'ERROR_INTERNET_TIMEOUT',
    aliases: ['ERROR_WINHTTP_TIMEOUT'],
    text: {
      en: 'The request to the server (update server or proxy) timed out before a response arrived.',
      pl: 'Żądanie do serwera (serwera aktualizacji lub proxy) przekroczyło limit czasu, zanim nadeszła odpowiedź.',
    },
  },
  {
    hex: '0x80072EE7',
    symbol: 'ERROR_INTERNET_NAME_NOT_RESOLVED',
    aliases: ['ERROR_WINHTTP_NAME_NOT_RESOLVED'],
    text: {
      en: 'The host name of the server or proxy could not be resolved to an address, which points to a DNS problem.',
      pl: 'Nie udało się przetłumaczyć nazwy hosta serwera lub proxy na adres, co wskazuje na problem z DNS.',
    },
  },
  {
    hex: '0x80072EFD',
    symbol: 'ERROR_INTERNET_CANNOT_CONNECT',
    aliases: ['ERROR_WINHTTP_CANNOT_CONNECT'],
    text: {
      en: 'No connection to the server could be opened; it may be down, unreachable or blocked by a firewall.',
      pl: 'Nie udało się nawiązać połączenia z serwerem; może być wyłączony, nieosiągalny lub blokowany przez zaporę.',
    },
  },
  {
    hex: '0x80072EFE',
    symbol: 'ERROR_INTERNET_CONNECTION_ABORTED',
    aliases: ['ERROR_WINHTTP_CONNECTION_ERROR'],
    text: {
      en: 'The connection to the server was dropped or reset before the exchange finished.',
      pl: 'Połączenie z serwerem zostało zerwane lub zresetowane przed zakończeniem wymiany danych.',
    },
  },
  {
    hex: '0x80072F8F',
    symbol: 'ERROR_WINHTTP_SECURE_FAILURE',
    text: {
      en: 'The TLS/SSL secure channel could not be set up or the server certificate was rejected, for example because the system clock is wrong.',
      pl: 'Nie udało się zestawić bezpiecznego kanału TLS/SSL lub odrzucono certyfikat serwera, np. z powodu błędnego zegara systemowego.',
    },
  },
  {
    hex: '0x800B0109',
    symbol: 'CERT_E_UNTRUSTEDROOT',
    text: {
      en: 'A certificate chain ends in a root certificate that this machine does not trust.',
      pl: 'Łańcuch certyfikatów kończy się certyfikatem głównym, któremu ten komputer nie ufa.',
    },
  },
];
