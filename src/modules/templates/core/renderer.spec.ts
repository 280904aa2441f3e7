import {
  compileVersion,
  checkVersion,
  renderVersion,
  replyLength,
  type VersionContent,
} from './renderer';
import { resolveTemplateSettings } from './template-settings.schema';
import { formatDate, formatMoney } from './helpers';

const settings = resolveTemplateSettings(
  {
    urls: { allowedHosts: ['harborline.example'] },
    channels: [
      { id: 'review', maxReplyLength: 500 },
      { id: 'web', format: 'html' },
    ],
  },
  [{ id: 'x', maxReplyLength: 280 }, { id: 'facebook', maxReplyLength: 8000 }, { id: 'dm' }],
);

function content(x: string, variables: VersionContent['variables'] = []): VersionContent {
  return { variables, variants: { x } };
}

const reasons = (c: VersionContent) => checkVersion(c, settings).map((p) => p.reason);

describe('checks when a version is saved', () => {
  it('refuses triple-stash and ampersand mustaches', () => {
    const vars = [{ name: 'name', type: 'string' as const }];
    expect(reasons(content('Hi {{{name}}}', vars))).toEqual([
      expect.stringContaining('triple-stash'),
    ]);
    expect(reasons(content('Hi {{&name}}', vars))).toEqual([
      expect.stringContaining('triple-stash'),
    ]);
  });

  it('refuses undeclared variables, prototype names, paths and data variables', () => {
    for (const src of [
      'Hi {{name}}',
      '{{constructor}}',
      '{{__proto__}}',
      '{{this}}',
      '{{a.b}}',
      '{{../a}}',
      '{{@root}}',
      '{{[constructor]}}',
      '{{[a b]}}',
      '{{./a}}',
    ]) {
      const found = reasons(content(src, [{ name: 'a', type: 'string' }]));
      expect({ src, refused: found.length > 0 }).toEqual({ src, refused: true });
    }
  });

  it('refuses unknown helpers, sub-expressions, partials, decorators and other blocks', () => {
    const vars = [{ name: 'a', type: 'string' as const }];
    const cases: Array<[string, string]> = [
      ['{{lookup a "x"}}', 'not a known helper'],
      ['{{log a}}', 'not a known helper'],
      ['{{formatDate (lookup a "b")}}', 'takes a declared variable'],
      ['{{> footer}}', 'partials'],
      ['{{#> layout}}x{{/layout}}', 'partials'],
      ['{{#each a}}x{{/each}}', 'only #if and #unless'],
      ['{{#with a}}x{{/with}}', 'only #if and #unless'],
      ['{{* deco}}', 'decorators'],
      ['{{a b=1}}', 'hash arguments'],
    ];
    for (const [src, reason] of cases) {
      expect({ src, reasons: reasons(content(src, vars)) }).toEqual({
        src,
        reasons: expect.arrayContaining([expect.stringContaining(reason)]),
      });
    }
  });

  it('checks helper argument types and styles', () => {
    const vars = [
      { name: 'when', type: 'date' as const },
      { name: 'amount', type: 'money' as const },
    ];
    expect(reasons(content('{{formatDate when}} {{formatMoney amount}}', vars))).toEqual([]);
    expect(reasons(content('{{formatDate when "short"}}', vars))).toEqual([]);
    expect(reasons(content('{{formatDate amount}}', vars))).toEqual([
      expect.stringContaining('formats a date variable'),
    ]);
    expect(reasons(content('{{formatDate when "iso"}}', vars))).toEqual([
      expect.stringContaining('style must be one of'),
    ]);
    expect(reasons(content('{{formatMoney}}', vars))).toEqual([
      expect.stringContaining('needs a variable'),
    ]);
  });

  it('refuses unknown channels, empty variants, bad declarations and over-long fixed text', () => {
    expect(
      checkVersion({ variables: [], variants: { telegraph: 'Hello' } }, settings)[0]?.reason,
    ).toMatch(/unknown channel kind/);
    expect(checkVersion({ variables: [], variants: {} }, settings)[0]?.path).toBe('variants');
    expect(reasons(content('x'.repeat(281)))).toEqual([expect.stringContaining('exceeds 280')]);
    expect(
      checkVersion(
        content('{{a}}', [
          { name: 'a', type: 'string', pattern: '(a+)+' },
          { name: 'b', type: 'enum' },
          { name: 'a', type: 'string' },
          { name: 'Bad', type: 'string' },
          { name: 'c', type: 'nope' as 'string' },
        ]),
        settings,
      ).map((p) => p.path),
    ).toEqual([
      'variables[0].pattern',
      'variables[1].values',
      'variables[2].name',
      'variables[3].name',
      'variables[4].type',
    ]);
  });

  it('screens the fixed text when a screen is given', () => {
    const problems = checkVersion(content('Call us'), settings, { screen: () => ['PHONE'] });
    expect(problems[0]?.reason).toMatch(/sensitive value \(PHONE\)/);
  });

  it('screens the enum values and the pattern a declaration stores, naming the variable', () => {
    const screen = (t: string) => (t.includes('4111') ? ['CARD_NUMBER'] : []);
    const problems = checkVersion(
      content('Card {{card}} in {{branch}}', [
        { name: 'card', type: 'enum', values: ['debit', '4111 1111 1111 1111'] },
        { name: 'branch', type: 'string', maxLength: 40, pattern: '^(Main|4111 1111 1111 1111)$' },
      ]),
      settings,
      { screen },
    );
    expect(problems).toEqual([
      {
        path: 'variables[0].values[1]',
        reason: 'variable "card" holds a sensitive value (CARD_NUMBER)',
      },
      {
        path: 'variables[1].pattern',
        reason: 'variable "branch" holds a sensitive value (CARD_NUMBER)',
      },
    ]);
  });
});

describe('rendering', () => {
  const version = compileVersion(
    {
      variables: [
        { name: 'agent', type: 'agent_name' },
        { name: 'when', type: 'date' },
        { name: 'amount', type: 'money', required: false },
        { name: 'case_id', type: 'case_ref' },
        { name: 'link', type: 'url', required: false },
        { name: 'branch', type: 'enum', values: ['Main St', 'Harbor Way'] },
        { name: 'note', type: 'free_text', maxLength: 40, required: false },
        { name: 'code', type: 'string', pattern: '[A-Z]{3}', maxLength: 3, required: false },
      ],
      variants: {
        x: 'Hi, {{agent}} here. {{formatDate when}} at {{branch}}, ref {{caseRef case_id}}.{{#if amount}} Fee {{formatMoney amount}}.{{/if}}{{#if link}} {{link}}{{/if}}{{#if note}} {{note}}{{/if}}',
        web: '<p>{{note}}</p>',
      },
    },
    settings,
  );
  const base = { when: '2026-03-05', case_id: 'cs-2026-004211', branch: 'Harbor Way' };

  it('fills typed values through the helpers', () => {
    expect(
      renderVersion(version, 'x', { ...base, amount: 1234.5 }, settings, { agentName: 'Dana' }),
    ).toEqual({
      ok: true,
      text: 'Hi, Dana here. March 5, 2026 at Harbor Way, ref CS-2026-004211. Fee $1,234.50.',
      length: 78,
    });
  });

  it('does not escape plain-text channels, and escapes an html channel', () => {
    const r = renderVersion(version, 'x', { ...base, note: 'Tom & Jerry <3' }, settings, {
      agentName: 'Dana',
    });
    expect(r.ok && r.text.endsWith('Tom & Jerry <3')).toBe(true);
    const w = renderVersion(version, 'web', { ...base, note: 'Tom & Jerry <3' }, settings, {
      agentName: 'Dana',
    });
    expect(w).toMatchObject({ ok: true, text: '<p>Tom &amp; Jerry &lt;3</p>' });
  });

  it('lists every bad value, naming the variable, never the value', () => {
    const r = renderVersion(
      version,
      'x',
      {
        when: '2026-02-30',
        case_id: '12345',
        branch: 'Elm St',
        amount: '12.345',
        link: 'https://evil.example/phish',
        code: 'abcd',
        agent: 'Mallory',
        extra: 'x',
      },
      settings,
      { agentName: 'Dana' },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.variable)).toEqual([
      'extra',
      'agent',
      'when',
      'amount',
      'case_id',
      'link',
      'branch',
      'code',
    ]);
    expect(JSON.stringify(r.problems)).not.toContain('evil.example');
  });

  it('accepts only https links to allowed hosts, without credentials or ports', () => {
    const link = (l: string) =>
      renderVersion(version, 'x', { ...base, link: l }, settings, { agentName: 'Dana' }).ok;
    expect(link('https://harborline.example')).toBe(true);
    expect(link('https://www.harborline.example/help?topic=cards#lost')).toBe(true);
    expect(link('https://HARBORLINE.example/x')).toBe(true);
    for (const bad of [
      'http://harborline.example/',
      'https://harborline.example@evil.example/',
      'https://user:pw@harborline.example/',
      'https://harborline.example:8443/',
      'https://evilharborline.example/',
      'https://harborline.example.evil.example/',
      'https://harborline.example/a b',
      'javascript:alert(1)',
      'https://xn--harborline.example\u0000/',
    ]) {
      expect({ bad, ok: link(bad) }).toEqual({ bad, ok: false });
    }
  });

  it('refuses a sensitive value whatever its type, and a sensitive rendered text', () => {
    const screenValue = (t: string) => (t.includes('4111') ? ['CARD_NUMBER'] : []);
    const r = renderVersion(
      version,
      'x',
      { ...base, note: 'card 4111', when: '4111', case_id: '4111', link: 'https://x/4111' },
      settings,
      { agentName: 'Dana' },
      { screenValue },
    );
    const sensitive = { reason: 'holds a sensitive value', types: ['CARD_NUMBER'] };
    expect(r).toEqual({
      ok: false,
      problems: ['when', 'case_id', 'link', 'note'].map((variable) => ({ variable, ...sensitive })),
    });
    const out = renderVersion(
      version,
      'x',
      base,
      settings,
      { agentName: 'Dana' },
      { screenOutput: () => ['SSN'] },
    );
    expect(out).toEqual({
      ok: false,
      problems: [{ reason: 'the rendered reply holds a sensitive value', types: ['SSN'] }],
    });
  });

  it('refuses a reply over the channel length', () => {
    const long = compileVersion(
      content('{{a}} {{b}}', [
        { name: 'a', type: 'free_text', maxLength: 200 },
        { name: 'b', type: 'free_text', maxLength: 200 },
      ]),
      settings,
    );
    const r = renderVersion(long, 'x', { a: 'a'.repeat(200), b: 'b'.repeat(200) }, settings);
    expect(r).toEqual({
      ok: false,
      problems: [{ reason: 'the reply is 401 characters; x allows 280' }],
    });
  });

  it('needs the caller name for agent_name and refuses a channel without a variant', () => {
    expect(renderVersion(version, 'x', base, settings, {})).toMatchObject({
      ok: false,
      problems: [{ variable: 'agent', reason: 'your sign-in carries no name' }],
    });
    expect(renderVersion(version, 'dm', base, settings, { agentName: 'Dana' })).toMatchObject({
      ok: false,
      problems: [{ reason: expect.stringContaining('no dm variant') }],
    });
  });
});

describe('the prepared Handlebars entry', () => {
  const v = compileVersion(
    {
      variables: [
        { name: 'a', type: 'string' },
        { name: 'when', type: 'date', required: false },
      ],
      variants: { x: 'A={{a}}{{#if when}} on {{formatDate when "short"}}{{else}} soon{{/if}}.' },
    },
    settings,
  );

  it('renders exactly as the ordinary entry', () => {
    for (const data of [
      { a: 'x', when: '2026-02-01' },
      { a: 'y & <z>', when: '' },
    ]) {
      expect(v.render.get('x')?.(data)).toBe(v.renderStandard.get('x')?.(data));
    }
    expect(v.render.get('x')?.({ a: 'x', when: '2026-02-01' })).toBe('A=x on Feb 1.');
  });

  it('still reads own properties only: an inherited value renders as nothing', () => {
    const inherited = Object.create({ a: 'INHERITED' }) as Record<string, string>;
    inherited.when = '';
    expect(v.render.get('x')?.(inherited)).toBe('A= soon.');
    expect(v.renderStandard.get('x')?.(inherited)).toBe('A= soon.');
  });

  it('still refuses a missing variable (strict)', () => {
    expect(() => v.render.get('x')?.({ when: '' })).toThrow(/"a" not defined/);
  });
});

describe('helpers and lengths', () => {
  it('formats dates and money', () => {
    expect(formatDate('2026-12-01')).toBe('December 1, 2026');
    expect(formatDate('2026-12-01', 'short')).toBe('Dec 1');
    expect(formatMoney('0')).toBe('$0.00');
    expect(formatMoney('-1000000.5')).toBe('-$1,000,000.50');
    expect(formatMoney('007')).toBe('$7.00');
  });

  it('counts code points', () => {
    expect(replyLength('a😀b')).toBe(3);
  });

  it('caps X at 280 whatever channels.yaml says', () => {
    const s = resolveTemplateSettings(undefined, [{ id: 'x', maxReplyLength: 1000 }]);
    expect(s.channels.get('x')?.maxReplyLength).toBe(280);
    expect(s.reviewDefaultDays).toBe(180);
  });
});
