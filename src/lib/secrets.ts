/**
 * Secrets that secretlint's recommended preset does not catch (checked against it: a JWT, a lone AWS
 * access key id, credentials in any URL, `password = …` assignments), and the fingerprint a false positive
 * is allowed by. Pure: text in, matches out; `content/secret` reports them beside secretlint's.
 */

export type SecretKind = 'jwt' | 'aws-access-key-id' | 'url-credentials' | 'password-assignment';

export interface SecretMatch {
  kind: SecretKind;
  /** Offset of the secret in the text: the value only, so the fingerprint does not change with the key's spelling. */
  index: number;
  /** The exact matched text (never printed; hashed into the fingerprint). */
  text: string;
}

export const SECRET_KIND_LABELS: Record<SecretKind, string> = {
  jwt: 'JSON Web Token',
  'aws-access-key-id': 'AWS access key id',
  'url-credentials': 'credentials in a URL',
  'password-assignment': 'password assignment',
};

// A JWT is `header.payload.signature`, base64url; the header is JSON, so it always starts `eyJ` (`{"`).
const JWT = /(?<![\w-])eyJ[\w-]{10,}\.[\w-]{10,}\.[\w-]{10,}(?![\w-])/g;
// Long-term (AKIA) and temporary (ASIA) key ids. Alone they are not a credential, but they name one and
// the secret key is usually a line away, so a handbook never needs them.
const AWS_KEY_ID = /(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/g;
// `scheme://user:password@host`; the password (group 1) is what is hashed and placeholder-checked.
const URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/"'`<>]*:([^\s@/"'`]+)@[\w.-]/gi;
// `password: x`, `DB_PASSWORD=x`, `"api_key": "x"`: the key may have a prefix (`db_`, `client_`) but
// must end with the word, so `token_ttl: 3600` or `secret_rotation:` are not assignments of a secret.
// `==`, `!=`, `=>` and `::` are comparisons, arrows and C++, not assignments; a key inside a path
// (`content/secret: error` in policy.yaml's rules) names something, it does not assign a secret.
const ASSIGNMENT =
  /(?<![\w$/.-])[\w.-]*?(?:password|passwd|pwd|secret|token|api_key|apikey)["']?[ \t]*(?<![=!<>:])(?::(?!:)|=(?![=>]))[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s,;'"`)\]}]+))/gi;

/**
 * Values that stand for a secret instead of being one: `<password>`, `${DB_PASS}`, `$PASS`, `{{ .pass }}`,
 * `****`, `xxx`, `changeme`, `example`, `vault:…`, empty. Korean text is prose, not a password.
 */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v.length < 4) return true;
  if (/^<.*>$|^\[.*\]$|^\(.*\)$/.test(v)) return true;
  if (/^\$|^%\w+%$|\{\{|\}\}|^!\w/.test(v)) return true;
  if (/^\*+$|\*{3}|x{3}|\.{3}|…/i.test(v)) return true;
  if (
    /changeme|change-me|example|placeholder|redacted|dummy|your[-_]|^(?:null|none|nil|true|false|undefined|required|optional|string|secret|password)$/i.test(v)
  )
    return true;
  if (/^(?:vault|ssm|secretsmanager|arn|op|env|sops|kms|aws-sm|gcp-sm|keychain):/i.test(v)) return true;
  if (/^(?:process\.env|os\.environ|env\(|getenv\(|secrets\.)/i.test(v)) return true;
  if (/[\uac00-\ud7a3\u3131-\u318e]/.test(v)) return true;
  return false;
}

/** Every secret in `text` these patterns know, in order of position. */
export function findSecrets(text: string): SecretMatch[] {
  const found: SecretMatch[] = [];
  for (const m of text.matchAll(JWT)) found.push({ kind: 'jwt', index: m.index, text: m[0] });
  for (const m of text.matchAll(AWS_KEY_ID)) found.push({ kind: 'aws-access-key-id', index: m.index, text: m[0] });
  for (const m of text.matchAll(URL_CREDENTIALS)) {
    const password = m[1]!;
    if (!isPlaceholder(password)) found.push({ kind: 'url-credentials', index: m.index + m[0].lastIndexOf(`${password}@`), text: password });
  }
  for (const m of text.matchAll(ASSIGNMENT)) {
    const value = m[1] ?? m[2] ?? m[3] ?? '';
    // The value's offset: the quoted forms start one character after the quote.
    const start = m.index + m[0].length - value.length - (m[3] === undefined ? 1 : 0);
    if (isPlaceholder(value)) continue;
    // A JWT, key or URL found above is the same secret; report it once, by its more precise kind.
    if (found.some((f) => overlaps(f, start, value.length))) continue;
    found.push({ kind: 'password-assignment', index: start, text: value });
  }
  return found.sort((a, b) => a.index - b.index);
}

export function overlaps(match: Pick<SecretMatch, 'index' | 'text'>, index: number, length: number): boolean {
  return match.index < index + length && index < match.index + match.text.length;
}

/** `sha256:<hex>` of the exact matched text: what `secrets.allow` in policy.yaml names a false positive by. */
export async function secretFingerprint(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `sha256:${Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
