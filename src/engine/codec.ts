// Text and bytes for links and codes: base64url without padding, and plain text cleaned of control characters.

/** base64url (RFC 4648 §5) without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Bytes from base64url (padding optional); null if it is not base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  // A length of 4n+1 cannot come from whole bytes: drop the stray character (a link cut mid-group).
  const usable = text.length % 4 === 1 ? text.slice(0, -1) : text;
  try {
    const binary = atob(usable.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Plain text for a title or note: no control characters, single-line title, trimmed, capped by code point. */
export function cleanText(text: string, max: number, multiline = false): string {
  // Pairs match first; what is left is a lone surrogate. (No lookbehind: Safari before 16.4 cannot parse one.)
  const wellFormed = text.replace(/[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g, (m) => (m.length === 2 ? m : '\ufffd'));
  const noControls = wellFormed.replace(multiline ? /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g : /[\u0000-\u001f\u007f-\u009f]+/g, multiline ? '' : ' ');
  return Array.from(noControls.trim()).slice(0, max).join('').trim();
}
