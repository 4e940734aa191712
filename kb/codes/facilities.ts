/**
 * HRESULT facility numbers, named as in winerror.h without the FACILITY_ prefix.
 * 9 is both FACILITY_SECURITY and FACILITY_SSPI; we report SECURITY.
 */
const FACILITY_NAMES: ReadonlyMap<number, string> = new Map([
  [0, 'NULL'],
  [1, 'RPC'],
  [2, 'DISPATCH'],
  [3, 'STORAGE'],
  [4, 'ITF'],
  [7, 'WIN32'],
  [8, 'WINDOWS'],
  [9, 'SECURITY'],
  [10, 'CONTROL'],
  [11, 'CERT'],
  [12, 'INTERNET'],
  [13, 'MEDIASERVER'],
  [14, 'MSMQ'],
  [15, 'SETUPAPI'],
  [16, 'SCARD'],
  [17, 'COMPLUS'],
  [18, 'AAF'],
  [19, 'URT'],
  [20, 'ACS'],
  [21, 'DPLAY'],
  [22, 'UMI'],
  [23, 'SXS'],
  [24, 'WINDOWS_CE'],
  [25, 'HTTP'],
  [32, 'BACKGROUNDCOPY'],
  [33, 'CONFIGURATION'],
  [34, 'STATE_MANAGEMENT'],
  [35, 'METADIRECTORY'],
  [36, 'WINDOWSUPDATE'],
  [37, 'DIRECTORYSERVICE'],
]);

/** The facility's short name, or undefined for facilities we do not list. */
export function facilityName(facility: number): string | undefined {
  return FACILITY_NAMES.get(facility);
}
