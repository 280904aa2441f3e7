import { subject } from '@casl/ability';
import { join } from 'node:path';
import { defaultPoliciesDir } from '../paths';
import { buildAbility } from './ability.factory';
import { Action, Location, Role, Subject } from './access.enums';
import { loadAccessPolicy } from './access-policy';

describe('abilities from policies/access.yaml', () => {
  const policy = loadAccessPolicy(join(defaultPoliciesDir(), 'access.yaml'));
  const principal = (roles: Role[], location = Location.Office) => ({
    sub: 'u1',
    name: 'U',
    roles,
    location,
  });

  it('an office agent reads account-specific conversations; a remote agent does not', () => {
    const conversation = subject(Subject.Conversation, { accountSpecific: true, assigneeId: null });
    const general = subject(Subject.Conversation, { accountSpecific: false, assigneeId: null });
    const office = buildAbility(policy, principal([Role.Agent]));
    const remote = buildAbility(policy, principal([Role.Agent], Location.Remote));
    expect(office.can(Action.Read, conversation)).toBe(true);
    expect(remote.can(Action.Read, conversation)).toBe(false);
    expect(remote.can(Action.Read, general)).toBe(true);
    expect(remote.can(Action.Assign, conversation)).toBe(false);
    expect(remote.relevantRuleFor(Action.Read, conversation)?.reason).toMatch(/office/);
  });

  it('fills ${user.sub} in conditions: an agent reads only their own drafts', () => {
    const ability = buildAbility(policy, principal([Role.Agent]));
    expect(ability.can(Action.Read, subject(Subject.ReplyDraft, { authorId: 'u1' }))).toBe(true);
    expect(ability.can(Action.Read, subject(Subject.ReplyDraft, { authorId: 'u2' }))).toBe(false);
  });

  it('segregates duties: agents cannot approve or sign off, auditors cannot write', () => {
    const agent = buildAbility(policy, principal([Role.Agent]));
    expect(agent.can(Action.Approve, Subject.TemplateVersion)).toBe(false);
    expect(agent.can(Action.SignOff, Subject.ReplyDraft)).toBe(false);
    const auditor = buildAbility(policy, principal([Role.Auditor]));
    expect(auditor.can(Action.Read, Subject.ArchiveEntry)).toBe(true);
    expect(auditor.can(Action.Erase, Subject.DataSubject)).toBe(false);
    expect(auditor.can(Action.Create, Subject.LegalHold)).toBe(false);
  });

  it('grants of several roles add up', () => {
    const both = buildAbility(policy, principal([Role.Agent, Role.Legal]));
    expect(both.can(Action.Classify, Subject.Classification)).toBe(true);
    expect(both.can(Action.Create, Subject.LegalHold)).toBe(true);
  });
});
