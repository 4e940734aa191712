/** Reinterprets any 32-bit pattern (signed or unsigned) as an unsigned number. */
export function toUnsigned(n: number): number {
  return n >>> 0;
}

/** Reinterprets any 32-bit pattern (signed or unsigned) as a signed number, as .NET and PowerShell print HRESULTs. */
export function toSigned(n: number): number {
  return n | 0;
}

/**
 * Canonical spelling of an HRESULT: '0x' + 8 upper-case hex digits, e.g. formatHex(-2145107954) === '0x8024400E'.
 * Accepts the signed or unsigned form; throws on non-integers and values outside 32 bits.
 */
export function formatHex(n: number): string {
  if (!Number.isInteger(n) || n < -0x8000_0000 || n > 0xffff_ffff) {
    throw new RangeError(`not a 32-bit integer: ${n}`);
  }
  return '0x' + toUnsigned(n).toString(16).toUpperCase().padStart(8, '0');
}
