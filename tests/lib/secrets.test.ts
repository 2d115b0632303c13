/** The secret patterns secretlint's preset does not have, and what they leave alone. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findSecrets, isPlaceholder, secretFingerprint } from '../../src/lib/secrets.ts';

const JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
const found = (text: string) => findSecrets(text).map((m) => [m.kind, m.text, text.slice(m.index, m.index + m.text.length)]);

describe('findSecrets', () => {
  it.each([
    ['a JWT', `Authorization: Bearer ${JWT}`, 'jwt', JWT],
    ['a long-term AWS key id', 'export AWS_ACCESS_KEY_ID=AKIA2E0A8F3B244C9986', 'aws-access-key-id', 'AKIA2E0A8F3B244C9986'],
    ['a temporary AWS key id', '키: ASIAY34FZKBOKMUTVV7A', 'aws-access-key-id', 'ASIAY34FZKBOKMUTVV7A'],
    ['a password in a URL', 'curl https://admin:S3cr3t@grafana.internal:3000/api', 'url-credentials', 'S3cr3t'],
    ['a password in a redis URL without user', 'redis://:hunter2pw@cache-1:6379', 'url-credentials', 'hunter2pw'],
    ['password:', 'password: hunter2xyz', 'password-assignment', 'hunter2xyz'],
    ['an env assignment', 'DB_PASSWORD=Sup3rS3cret', 'password-assignment', 'Sup3rS3cret'],
    ['a quoted JSON value', '{"api_key": "sk_live_51Habc"}', 'password-assignment', 'sk_live_51Habc'],
    ['client_secret', "client_secret = 'q8Wv2mZr'", 'password-assignment', 'q8Wv2mZr'],
    ['apikey', 'apikey=0f3c9a71', 'password-assignment', '0f3c9a71'],
    ['pwd', 'mysql --user=dba --pwd=Tr0ub4dor', 'password-assignment', 'Tr0ub4dor'],
  ])('finds %s', (_name, text, kind, secret) => {
    expect(found(text)).toEqual([[kind, secret, secret]]);
  });

  it('reports a token assigned a JWT once, as a JWT', () => {
    expect(found(`token: ${JWT}`)).toEqual([['jwt', JWT, JWT]]);
  });

  it.each([
    'password: <비밀번호>',
    'password: ${DB_PASSWORD}',
    'password=$DB_PASSWORD',
    'password: "{{ .Values.db.password }}"',
    'password: ****',
    'password: xxxxxxxx',
    'password: changeme',
    'api_key: your-api-key-here',
    'token: EXAMPLE_TOKEN',
    'password: ""',
    'password:',
    'secret: vault:secret/data/order-db#password',
    'password: 시크릿 저장소에서 조회',
    'token_ttl: 3600',
    'content/secret: warning',
    'secret_rotation: P90D',
    'if password == expected:',
    'pwd',
    'cd $(pwd)',
    'https://user:<password>@git.internal/repo.git',
    'https://${USER}:${PASS}@git.internal/repo.git',
    'https://docs.example.com/a:b',
    'mailto:ops@example.com',
    'AKIA1234',
    'eyJhbGciOiJIUzI1NiJ9',
  ])('leaves %s alone', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('isPlaceholder', () => {
  it('takes a real-looking value for a secret', () => {
    expect(isPlaceholder('S3cr3tPassw0rd')).toBe(false);
  });
});

describe('secretFingerprint', () => {
  it('is the sha256 of the exact text', async () => {
    expect(await secretFingerprint('AKIAIOSFODNN7EXAMPLE')).toBe(`sha256:${createHash('sha256').update('AKIAIOSFODNN7EXAMPLE').digest('hex')}`);
  });
});
