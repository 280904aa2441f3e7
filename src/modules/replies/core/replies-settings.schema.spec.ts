import { RepliesSettingsError, resolveRepliesSettings } from './replies-settings.schema';

describe('resolveRepliesSettings', () => {
  it('applies the defaults when the file is absent', () => {
    expect(resolveRepliesSettings(undefined)).toEqual({
      maxAttempts: 6,
      samplePercent: 10,
      csat: { delayMinutes: 60, channels: [], answerHours: 72 },
      scheduledPostSignoffs: { service: [], marketing: [] },
    });
  });

  it('reads every section and lets environment overrides win', () => {
    const s = resolveRepliesSettings(
      {
        dispatch: { maxAttempts: 3 },
        review: { samplePercent: 25 },
        csat: { delayMinutes: 30, channels: ['dm', 'dm', 'facebook'] },
      },
      { samplePercent: 100 },
    );
    expect(s.maxAttempts).toBe(3);
    expect(s.samplePercent).toBe(100);
    expect(s.csat).toEqual({ delayMinutes: 30, channels: ['dm', 'facebook'], answerHours: 72 });
  });

  it('names every problem', () => {
    let err: unknown;
    try {
      resolveRepliesSettings({
        dispatch: { maxAttempts: 0 },
        review: { samplePercent: 101 },
        csat: { channels: ['DM'] },
        extra: true,
      });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RepliesSettingsError);
    const problems = (err as RepliesSettingsError).problems.join('\n');
    expect(problems).toMatch(/dispatch\.maxAttempts/);
    expect(problems).toMatch(/review\.samplePercent/);
    expect(problems).toMatch(/csat\.channels/);
    expect(problems).toMatch(/extra/);
  });

  it('refuses a survey channel that channels.yaml does not know', () => {
    expect(() =>
      resolveRepliesSettings({ csat: { channels: ['dm', 'fax'] } }, {}, ['dm', 'x']),
    ).toThrow(/csat\.channels\[1\]: "fax" is not a channel of channels.yaml/);
    expect(
      resolveRepliesSettings({ csat: { channels: ['dm'] } }, {}, ['dm']).csat.channels,
    ).toEqual(['dm']);
  });

  it('reads who signs scheduled posts per handle purpose, in the order rules.yaml lists the roles', () => {
    const s = resolveRepliesSettings(
      { scheduledPosts: { signoffs: { marketing: ['compliance_officer', 'legal'] } } },
      {},
      undefined,
      ['legal', 'compliance_officer'],
    );
    expect(s.scheduledPostSignoffs).toEqual({
      service: [],
      marketing: ['legal', 'compliance_officer'],
    });
    expect(() =>
      resolveRepliesSettings(
        { scheduledPosts: { signoffs: { service: ['marketing_lead'] } } },
        {},
        undefined,
        ['legal', 'compliance_officer'],
      ),
    ).toThrow(
      /scheduledPosts\.signoffs\.service\[0\]: "marketing_lead" is not a sign-off role of rules.yaml/,
    );
    expect(() =>
      resolveRepliesSettings({ scheduledPosts: { signoffs: { affiliate: ['legal'] } } }),
    ).toThrow(/affiliate/);
  });

  it('refuses a file that is not a mapping', () => {
    expect(() => resolveRepliesSettings(['x'])).toThrow(RepliesSettingsError);
  });
});
