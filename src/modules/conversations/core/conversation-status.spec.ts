import { canTransition, CONVERSATION_STATUSES, TRANSITIONS } from './conversation-status';

describe('conversation status table', () => {
  it('names only known statuses and never moves a status onto itself', () => {
    for (const from of CONVERSATION_STATUSES) {
      for (const to of TRANSITIONS[from]) {
        expect(CONVERSATION_STATUSES).toContain(to);
        expect(to).not.toBe(from);
      }
    }
  });

  it('follows the documented path and keeps closed final', () => {
    expect(canTransition('open', 'awaiting_reply')).toBe(true);
    expect(canTransition('awaiting_reply', 'awaiting_signoff')).toBe(true);
    expect(canTransition('awaiting_signoff', 'routed_offline')).toBe(true);
    expect(canTransition('routed_offline', 'resolved')).toBe(true);
    expect(canTransition('resolved', 'closed')).toBe(true);
    expect(canTransition('resolved', 'open')).toBe(true);
    for (const to of CONVERSATION_STATUSES) expect(canTransition('closed', to)).toBe(false);
    expect(canTransition('open', 'open')).toBe(false);
    expect(canTransition('routed_offline', 'closed')).toBe(false);
  });
});
