import { describe, expect, it } from 'vitest';
import { excerptAround, hasHighlight, tightenMarks } from '../../src/lib/search/excerpt.ts';
import { FORM_SYLLABLES, hangulForms, indexedWord } from '../../src/lib/search/hangul.ts';
import { indexedText, scanPage } from '../../src/lib/search/html-text.ts';
import { normalizeQuery, stripParticle } from '../../src/lib/search/query.ts';

/** Does a (normalised) query word find this text, the way pagefind matches: a prefix of an indexed word? */
function finds(text: string, query: string): boolean {
  const indexed = [...text.split(/\s+/).map(indexedWord), ...hangulForms(text)];
  return normalizeQuery(query)
    .split(' ')
    .every((q) => indexed.some((w) => w.startsWith(indexedWord(q))));
}

describe('hangulForms', () => {
  it('indexes suffixes of two or more syllables, at most FORM_SYLLABLES long, not the word itself', () => {
    expect(hangulForms('복제지연')).toEqual(['제지연', '지연']);
    expect(hangulForms('패킷손실률')).toEqual(['손실률', '실률', '킷손실']);
    expect(hangulForms('패킷손실률').every((f) => f.length <= FORM_SYLLABLES)).toBe(true);
    expect(finds('복제지연', '지연')).toBe(true);
    expect(finds('복제지연', '제지')).toBe(true);
  });

  it('makes any inner part of a noun, up to FORM_SYLLABLES syllables, a prefix of an indexed word', () => {
    const text = '레플리카의 복제지연이 패킷손실률을 확인한다';
    for (const word of ['레플리카', '복제지연', '패킷손실률']) {
      for (let i = 0; i < word.length; i++) {
        for (let j = i + 2; j <= Math.min(word.length, i + FORM_SYLLABLES); j++) expect(finds(text, word.slice(i, j)), word.slice(i, j)).toBe(true);
      }
    }
  });

  it('cuts particles first and gives conjugated predicates no forms', () => {
    // `복제지연을`: the forms are of `복제지연`; `확인합니다` and `늘어나는지` get none.
    expect(hangulForms('복제지연을')).toEqual(['제지연', '지연']);
    expect(hangulForms('확인합니다 늘어나는지')).toEqual([]);
  });

  it('joins neighbouring nouns so the unspaced spelling finds spaced text', () => {
    expect(finds('Master 장애(마스터 장애)는 쓰기를 멈춘다', '마스터장애')).toBe(true);
    expect(finds('마스터장애는 쓰기를 멈춘다', '마스터 장애')).toBe(true);
    expect(finds('DB 복제 지연', '복제지연')).toBe(true);
    expect(finds('복제 지연이 커지면', '복제지연이')).toBe(true);
  });

  it('does not join phrases: a particle or a predicate ending on the left, or joins switched off', () => {
    expect(hangulForms('레플리카에서 읽는 사용자가 방금 만든')).not.toContain('레플리카에서읽는');
    expect(hangulForms('사용자가 방금')).not.toContain('사용자가방금');
    expect(hangulForms('복제 지연', { join: false })).toEqual([]);
  });

  it('handles Hangul runs inside mixed words and punctuation as pagefind does', () => {
    expect(indexedWord('(마스터장애,')).toBe('마스터장애');
    expect(finds('order-db의 DB장애', '장애')).toBe(true);
    expect(finds('(마스터장애, 마스터 장애)', '터장애')).toBe(true);
  });

  it('leaves out forms already reachable by prefix search', () => {
    // `지연` is a word of the text, so the suffix `지연` of `복제지연` adds nothing.
    expect(hangulForms('복제지연, 지연')).toEqual(['제지연']);
    expect(hangulForms('장애')).toEqual([]);
    expect(hangulForms('order-api timeout')).toEqual([]);
  });

  it('does not find what is not there', () => {
    expect(finds('복제지연이 커지면', '패킷')).toBe(false);
    expect(finds('마스터 장애', '스터장')).toBe(false);
  });
});

describe('query normalisation', () => {
  it.each([
    ['롤백을', '롤백'],
    ['복제지연이', '복제지연'],
    ['네트워크에서', '네트워크'],
    ['레플리카로', '레플리카'],
    ['DB가', 'DB'],
    ['평가', '평가'],
    ['속도', '속도'],
    ['회의', '회의'],
    ['timeout', 'timeout'],
  ])('%s → %s', (word, stem) => expect(stripParticle(word)).toBe(stem));

  it('collapses spacing and keeps quoted phrases as typed', () => {
    expect(normalizeQuery('  복제   지연이  ')).toBe('복제 지연');
    expect(normalizeQuery('"복제 지연이"')).toBe('"복제 지연이"');
    expect(normalizeQuery('패킷 손실은?')).toBe('패킷 손실');
  });
});

describe('excerptAround', () => {
  const content = Array.from({ length: 40 }, (_, i) => `단어${i}`).join(' ') + ' 레플리카의 복제지연이 커지면 <확인> 끝';
  it('cuts the excerpt at the first match and marks the matched part', () => {
    const excerpt = excerptAround(content, ['지연'], 10);
    expect(excerpt).toContain('복제<mark>지연</mark>이');
    expect(excerpt).not.toContain('단어0 ');
    expect(hasHighlight(excerpt)).toBe(true);
  });
  it('escapes the plain page text and falls back to the opening words', () => {
    expect(excerptAround(content, ['확인'], 10)).toContain('&lt;<mark>확인</mark>&gt;');
    expect(excerptAround(content, ['없는말'], 3)).toBe('단어0 단어1 단어2');
  });
  it('marks both words when the query joined what the text spaces, without the particle', () => {
    expect(excerptAround('그 마스터 장애는 심각하다', ['마스터장애'], 10)).toBe('그 <mark>마스터</mark> <mark>장애</mark>는 심각하다');
  });
  it('tightens marks to the word: no punctuation, entities or particles inside', () => {
    expect(tightenMarks('<mark>복제지연이</mark> 커지면')).toBe('<mark>복제지연</mark>이 커지면');
    expect(tightenMarks('(<mark>Seconds_Behind_Source)이</mark>')).toBe('(<mark>Seconds_Behind_Source</mark>)이');
    expect(tightenMarks('<mark>&quot;롤백&quot;</mark>')).toBe('&quot;<mark>롤백</mark>&quot;');
    expect(tightenMarks('<mark>평가</mark>')).toBe('<mark>평가</mark>');
  });
});

describe('indexedText', () => {
  it('reads only the pagefind body, without ignored parts, nav, scripts or inline breaks', () => {
    const html = `<!doctype html><html lang="ko"><head><title>런북 목록</title><script>const x = "<p>스크립트</p>";</script></head>
      <body><nav>런북 장애 변경</nav><main data-pagefind-body><h1>복제 지연</h1><p>레플리카의 복제<b>지연</b>이</p>
      <button data-pagefind-ignore>복사하기</button><div data-pagefind-ignore="all"><p>숨김</p></div><img src="a.png" alt="그림"><br>
      <p>끝&amp;마침</p></main><footer>바닥글</footer></body></html>`;
    const { hasBody, text, headings } = indexedText(html);
    expect(hasBody).toBe(true);
    expect(text).toBe('복제 지연\n레플리카의 복제지연이\n끝&마침');
    expect(headings).toBe('복제 지연');
  });
  it('falls back to <body> when no element is marked', () => {
    expect(indexedText('<html><head><title>제목</title></head><body><p>본문 내용</p></body></html>')).toEqual({
      hasBody: false,
      text: '본문 내용',
      headings: '',
    });
  });
  it('decodes every named entity, not a fixed few', () => {
    expect(indexedText('<body><p>A&hellip;B &middot; C&rarr;D &#x27;E&#39; &amp;F &nbsp;G</p></body>').text).toBe("A…B · C→D 'E' &F G");
  });
  it('does not join words across blocks', () => {
    expect(hangulForms('복제 지연\n레플리카')).not.toContain('지연레플리카');
    expect(hangulForms('복제 지연 레플리카')).toContain('지연레플리');
  });
});

describe('the copy of a page pagefind reads', () => {
  const page = (body: string) => scanPage(`<html><body><article data-pagefind-body>${body}</article></body></html>`);
  const bodyOf = (body: string) => {
    const scanned = page(body);
    const [start, end] = scanned.bodies[0]!;
    return scanned.html.slice(start, end);
  };
  // What pagefind makes of it: tags dropped, nothing added between neighbouring elements.
  const pagefindText = (html: string) =>
    html
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim();

  it('separates labels from values and neighbouring badges, but not the parts of a word', () => {
    expect(pagefindText(bodyOf('<dl><div><dt>요청자</dt><dd>정하영</dd></div></dl>'))).toBe('요청자 정하영');
    expect(pagefindText(bodyOf('<span class="badge">리스크 높음</span><span class="badge">미실행</span>'))).toBe('리스크 높음 미실행');
    expect(pagefindText(bodyOf('<p>(15일 남음)</span><span>장애 1건</p>'))).toBe('(15일 남음) 장애 1건');
    expect(pagefindText(bodyOf('<p>레플리카의 복제<b>지연</b>이</p>'))).toBe('레플리카의 복제지연이');
  });

  it('leaves code tokens joined and drops short flags, keeping long ones', () => {
    const code =
      '<pre><code><span>mysql</span> <span>--login-path=dba</span> <span>-h</span> <span>order</span><span>-db-2</span> -z -qO- tar -xzf</code></pre>';
    expect(pagefindText(bodyOf(code))).toBe('mysql --login-path=dba order-db-2 tar');
    expect(page(code).text).not.toMatch(/(^|\s)-[a-z]/);
  });

  // The tags left in the body's copy, in order.
  const tags = (body: string) => [...bodyOf(body).matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[0]);

  it('leaves out the tags pagefind reads nothing from, keeping the text where it was', () => {
    const body = '<ul><li><span class="tok">복제</span><b>지연</b> 확인</li><li><a href="/x">런북</a></li></ul><table><tr><td>값</td></tr></table>';
    expect(tags(body)).toEqual(['<article', '</article']);
    expect(pagefindText(bodyOf(body))).toBe(
      pagefindText(scanPage(`<html><body><article data-pagefind-body>${body}</article></body></html>`, { flatten: false }).html),
    );
  });

  it('keeps headings, images, line breaks and what carries an id or a pagefind attribute', () => {
    expect(tags('<div><h2>절차</h2><p>a<br>b <img src="a.png" alt="그림"></p></div>')).toEqual(['<article', '<h2', '</h2', '<br', '<img', '</article']);
    // An element with a filter keeps everything inside it (the value may come from its text).
    expect(tags('<div data-pagefind-filter="kind"><span>런북</span></div>')).toEqual(['<article', '<div', '<span', '</span', '</div', '</article']);
    // An anchor keeps its children (block ones would otherwise give it their text) and inline ones below them.
    expect(tags('<section id="s"><p><span>본문</span></p></section>')).toEqual(['<article', '<section', '<p', '</p', '</section', '</article']);
    expect(tags('<p><a id="x"><span>본문</span></a></p>')).toEqual(['<article', '<a', '<span', '</span', '</a', '</article']);
  });

  it('leaves out skipped subtrees whole, unless pagefind reads something in them', () => {
    const svg = '<svg viewBox="0 0 1 1"><title>타임라인</title><g><text>14:02</text></g></svg>';
    expect(
      scanPage(`<html><head><title>제목</title></head><body><article data-pagefind-body><p>앞</p>${svg}<p>뒤</p></article></body></html>`).html,
    ).not.toContain('<svg');
    expect(tags('<div data-pagefind-ignore><span>P2</span></div>끝')).toEqual(['<article', '</article']);
    expect(pagefindText(bodyOf('앞<div data-pagefind-ignore><span>P2</span></div>뒤'))).toBe('앞 뒤');
    // Meta inside an ignored element is still read; an id on a skipped element is an anchor; an image there may be the result's.
    expect(bodyOf('<div hidden data-pagefind-ignore><span data-pagefind-meta="kind:장애"></span></div>')).toContain('data-pagefind-meta');
    expect(bodyOf('<nav id="toc"><span>목차</span></nav>')).toContain('<nav id="toc">');
    expect(bodyOf('<div data-pagefind-ignore><img src="a.png" alt=""></div>')).toContain('<img');
  });

  it('flattens nothing where the nesting is not certain, or outside the body', () => {
    const whole = (body: string) => {
      const scanned = scanPage(`<html><body><article data-pagefind-body>${body}</article></body></html>`, { flatten: false });
      return scanned.html.slice(...scanned.bodies[0]!);
    };
    for (const body of ['<p>a<div>b</div></p>', '<div><span>x</div>', '<div/><p>x</p>', '<p>열림']) {
      expect(bodyOf(body)).toBe(whole(body));
      expect(tags(`<p>x</p>${body}`).length).toBeGreaterThan(2);
    }
    const outside = scanPage('<html><body><div><span>메뉴</span></div><main data-pagefind-body><p>본문</p></main></body></html>');
    expect(outside.html).toContain('<div><span>메뉴</span>');
    expect(outside.html).not.toContain('<p>');
  });

  it('copies what is before the first body and after the last one as it is, unless pagefind reads something there', () => {
    const head = '<html><head><title>제목</title><script>const a = 1 < 2;</script></head>';
    const page = (before: string, after = '') =>
      scanPage(`${head}<body>${before}<main data-pagefind-body><p><span>본문</span></p></main>${after}<footer><p>끝</p></footer></body></html>`).html;
    expect(page('<nav><a href="/">홈</a></nav>')).toContain(`${head}<body><nav><a href="/">홈</a></nav> <main`);
    expect(page('', '<div><p>뒤</p></div>')).toContain('</main><div><p>뒤</p></div><footer><p>끝</p></footer>');
    // A filter outside the body is read: the page is scanned as before, element boundaries spaced.
    expect(page('<span data-pagefind-filter="kind:x"></span><nav><p>메뉴</p></nav>')).toContain('<nav> <p>메뉴 </p> </nav>');
    expect(page('', '<img src="a.png" alt=""><div><p>뒤</p></div>')).toContain('<div> <p>뒤 </p> </div>');
    // A marker in a comment, a script or the title is not where the body starts.
    for (const start of ['<!-- <div data-pagefind-body> -->', '<script>x("<b data-pagefind-body>")</script>']) {
      const scanned = scanPage(`<html><body>${start}<div><p>메뉴</p></div><main data-pagefind-body><p>본문</p></main></body></html>`);
      expect(scanned.html.slice(...scanned.bodies[0]!)).toMatch(/^<main data-pagefind-body>\s*본문\s*<\/main>$/);
    }
  });

  it('keeps where the body is, so nothing outside it is read', () => {
    const scanned = scanPage('<html><body><nav>메뉴</nav><main data-pagefind-body><h1>제목</h1></main><footer>끝</footer></body></html>');
    const [start, end] = scanned.bodies[0]!;
    expect(scanned.html.slice(start, end)).toMatch(/^<main data-pagefind-body> ?<h1>제목 ?<\/h1> ?<\/main>$/);
  });
});
