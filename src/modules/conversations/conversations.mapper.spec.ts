import { firedRules, toComplaintCsv, toMessageDto } from './conversations.mapper';
import type { ComplaintResponseDto } from './dtos/conversations.dtos';
import type { ConversationView, MessageView } from './conversations.types';

const complaint: ComplaintResponseDto = {
  id: 'k1',
  conversationId: 'c1',
  handleId: '=HYPERLINK("x")',
  channel: 'x, "quoted"',
  kinds: ['complaint', 'legal_threat'],
  policyVersion: 'sha256:ab',
  ruleIds: ['r.1', 'r.2'],
  detectedAt: '2026-01-05T09:00:00.000Z',
  acknowledgedAt: null,
  respondedAt: null,
  closedAt: null,
  status: 'open',
  priority: 'high',
};

describe('conversations mapper', () => {
  it('writes RFC 4180 CSV with a header, quoting and formula neutralisation', () => {
    const csv = toComplaintCsv([complaint]);
    const [header, row, end] = csv.split('\r\n');
    expect(header.split(',')[0]).toBe('id');
    expect(end).toBe('');
    expect(row).toBe(
      `k1,c1,"'=HYPERLINK(""x"")","x, ""quoted""",complaint legal_threat,open,high,2026-01-05T09:00:00.000Z,,,,sha256:ab,r.1 r.2`,
    );
  });

  it('never puts the sealed original in a message response', () => {
    const m: MessageView = {
      id: 'm1',
      conversationId: 'c1',
      handleId: 'h',
      externalId: 'e',
      direction: 'inbound',
      visibility: 'public',
      authorId: 'a',
      authorHandle: null,
      authorName: null,
      subjectId: 'x:a',
      inReplyTo: null,
      occurredAt: new Date(0),
      recordedAt: new Date(0),
      text: 'card [CARD_NUMBER]',
      sealedOriginal: { subjectKeyId: 'sk_1', alg: 'A256GCM', iv: 'IV', ct: 'CIPHER', tag: 'TAG' },
      redactions: [],
      entities: [],
      intents: [],
      decision: null,
    };
    const dto = toMessageDto(m);
    expect(dto.hasSealedOriginal).toBe(true);
    expect(JSON.stringify(dto)).not.toMatch(/CIPHER|sk_1|x:a/);
  });

  it('explains every rule the decisions cite once, in the words of the policy in force', () => {
    const decision = (ruleIds: string[]) => ({
      actions: [],
      priority: 'normal' as const,
      ruleIds,
      policyVersion: 'sha256:ab',
    });
    const c = { decision: decision(['R-1', 'R-2']) } as unknown as ConversationView;
    const messages = [
      { decision: decision(['R-2', 'R-9']) },
      { decision: null },
    ] as unknown as MessageView[];
    expect(
      firedRules(c, messages, [{ id: 'R-1', description: 'Cards go offline.' }, { id: 'R-2' }]),
    ).toEqual([
      { id: 'R-1', description: 'Cards go offline.', inForce: true },
      { id: 'R-2', description: null, inForce: true },
      { id: 'R-9', description: null, inForce: false },
    ]);
  });
});
