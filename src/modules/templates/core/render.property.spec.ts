import fc from 'fast-check';
import { compileVersion, renderVersion } from './renderer';
import { resolveTemplateSettings } from './template-settings.schema';

const settings = resolveTemplateSettings({}, [
  { id: 'x', maxReplyLength: 280 },
  { id: 'dm', maxReplyLength: 10000 },
]);

// Pieces of Handlebars syntax and prototype names, mixed with ordinary text.
const syntax = fc.constantFrom(
  '{{',
  '}}',
  '{{{',
  '}}}',
  '{{#if b}}',
  '{{/if}}',
  '{{else}}',
  '{{> p}}',
  '{{!--',
  '--}}',
  '{{b}}',
  '{{@root}}',
  '{{constructor}}',
  '__proto__',
  '{{lookup . "b"}}',
  '\\{{b}}',
  '{{formatMoney b}}',
  '{{&b}}',
  '[',
  ']',
  '../',
  '@index',
  'this',
  '~',
  '"',
  "'",
  '&',
  '<',
  '>',
);
const hostile = fc
  .array(
    fc.oneof(syntax, fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })),
    {
      maxLength: 20,
    },
  )
  .map((parts) => parts.join('').slice(0, 200));

const version = compileVersion(
  {
    variables: [
      { name: 'a', type: 'free_text', maxLength: 200 },
      { name: 'b', type: 'free_text', maxLength: 200, required: false },
    ],
    variants: { dm: '«{{a}}»|«{{b}}»{{#if b}}!{{/if}}' },
  },
  settings,
);

const allowed = (s: string) =>
  // eslint-disable-next-line no-control-regex
  !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u.test(s);

describe('no value can inject template syntax or escape its slot', () => {
  it('each value lands verbatim in its own slot, whatever it holds', () => {
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        fc.pre(a !== '' && allowed(a) && allowed(b));
        const r = renderVersion(version, 'dm', { a, b }, settings);
        expect(r).toEqual({
          ok: true,
          text: `«${a}»|«${b}»${b === '' ? '' : '!'}`,
          length: expect.any(Number),
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('a value is never evaluated: syntax naming another variable stays text', () => {
    const r = renderVersion(
      version,
      'dm',
      { a: '{{b}}{{{b}}}{{#if b}}x{{/if}}', b: 'SECRET' },
      settings,
    );
    expect(r).toMatchObject({ ok: true, text: '«{{b}}{{{b}}}{{#if b}}x{{/if}}»|«SECRET»!' });
  });

  it('names that are not declared, prototype names included, are refused, never rendered', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom(
            '__proto__',
            'constructor',
            'toString',
            'valueOf',
            'hasOwnProperty',
            'prototype',
          ),
          fc.string({ minLength: 1, maxLength: 12 }),
        ),
        fc.string({ maxLength: 20 }),
        (name, value) => {
          fc.pre(name !== 'a' && name !== 'b');
          const values = JSON.parse(JSON.stringify({ a: 'ok' })) as Record<string, unknown>;
          Object.defineProperty(values, name, { value, enumerable: true });
          const r = renderVersion(version, 'dm', values, settings);
          expect(r.ok).toBe(false);
          if (!r.ok)
            expect(r.problems).toEqual([
              { variable: name.slice(0, 40), reason: 'is not a variable of this template' },
            ]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a value that is not a string (an object, an array, a function) is refused', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.object(),
          fc.array(fc.anything()),
          fc.boolean(),
          fc.constant(() => 'x'),
        ),
        (value) => {
          const r = renderVersion(version, 'dm', { a: value }, settings);
          expect(r).toEqual({
            ok: false,
            problems: [{ variable: 'a', reason: 'must be a string' }],
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('control and direction-override characters cannot reorder the approved text', () => {
    for (const c of ['\u202e', '\u2066', '\u0000', '\u001b']) {
      const r = renderVersion(version, 'dm', { a: `x${c}y` }, settings);
      expect(r).toMatchObject({ ok: false, problems: [{ variable: 'a' }] });
    }
  });
});
