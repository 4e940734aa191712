import { isWordChar, scanErrorCodes } from '../codes.ts';
import type { SignatureKind } from './signature.ts';

/**
 * Lines that healthy logs print too: they may sit next to a fault but prove nothing.
 * Compared case-insensitively with the signature's constant text.
 */
const BOILERPLATE = [
  'synchronizing server updates', 'serviceid =', 'message:(null)', 'faultstring:fault occurred', 'soap fault:',
  'server url =', 'checking for updated auth cab', 'found 0 updates', '#####', '=====',
];
const FAILURE_WORDS = ['error', 'fail', 'fault', 'exception', 'denied', 'timeout', 'timed out', 'invalid', 'unable'];
/** Frames of the .NET framework appear under any exception; only application frames tell where it broke. */
const FRAMEWORK_NAMESPACES = ['System.', 'Microsoft.Win32.', 'mscorlib', 'Microsoft.CSharp.', 'Microsoft.VisualBasic.'];
/** Less constant text than this cannot single out a problem. */
const MIN_TEXT = 10;

/** Weights by what a line shows; combined as 1 − Π(1 − w), so they read like probabilities. */
export const WEIGHTS = {
  errorCodeOnly: 0.15,
  applicationFrame: 0.15,
  plain: 0.15,
  failure: 0.3,
  exception: 0.4,
  hresult: 0.45,
  /** An exception with the application frame it was thrown from: that is the bug itself. */
  composite: 0.9,
  /** All key lines of one excerpt seen together, like the article shows them. */
  rule: 0.8,
} as const;

/** Is this stack frame inside the .NET framework rather than the application? */
export const isFrameworkFrame = (name: string) => FRAMEWORK_NAMESPACES.some((ns) => name.startsWith(ns));

/** Type names are short; looking back further would make adversarial lines quadratic. */
const MAX_TYPE_NAME = 200;

/**
 * `System.ArgumentException:` — a namespace-qualified type ending in Exception (not `ThrowException:`).
 * Runs on user logs too (correlation), so it scans by hand and looks back a bounded distance.
 */
export function hasExceptionType(text: string): boolean {
  let at = text.indexOf('Exception');
  while (at >= 0) {
    const stop = Math.max(0, at - MAX_TYPE_NAME);
    for (let i = at - 1; i >= stop; i--) {
      const c = text.charCodeAt(i);
      if (c === 46) return true;
      if (!isWordChar(c)) break;
    }
    at = text.indexOf('Exception', at + 9);
  }
  return false;
}

/** Weight and kind of a line signature from its message and constant parts. */
export function weighLine(message: string, fragments: string[]): { kind: SignatureKind; weight: number } {
  const constant = fragments.join(' ').toLowerCase();
  if (constant.replaceAll(' ', '').length < MIN_TEXT || BOILERPLATE.some((b) => constant.includes(b))) {
    return { kind: 'line', weight: 0 };
  }
  if (hasExceptionType(message)) return { kind: 'exception', weight: WEIGHTS.exception };
  if (scanErrorCodes(message).length > 0) return { kind: 'line', weight: WEIGHTS.hresult };
  if (FAILURE_WORDS.some((w) => constant.includes(w))) return { kind: 'line', weight: WEIGHTS.failure };
  return { kind: 'line', weight: WEIGHTS.plain };
}
