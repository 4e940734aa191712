/**
 * kb/match: which articles do these logs point to, and why.
 * Runtime-agnostic (no Node APIs); linear in the size of the logs whatever the signatures.
 */
export { createMatcher } from './matcher.ts';
export { decodeLog } from './decode.ts';
export { errorCodeForms, normalizeErrorCode, scanErrorCodes, type ErrorCodeHit } from './codes.ts';
export { detectLogFormat, inferLogSource } from './readers/detect.ts';
export { parseLog, readLogEntries, type LogEntry, type ParsedLog } from './readers/read-log.ts';
export { deriveSignatures } from './signatures/derive.ts';
export { formatPattern, parsePattern } from './signatures/pattern.ts';
export type { RuleDef, SignatureDef, SignatureKind } from './signatures/signature.ts';
export type * from './types.ts';
