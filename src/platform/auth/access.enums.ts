/** What a caller may do. The rules that grant them are data in policies/access.yaml. */
export enum Action {
  Manage = 'manage',
  Read = 'read',
  Create = 'create',
  Update = 'update',
  Delete = 'delete',
  Submit = 'submit',
  Approve = 'approve',
  Reject = 'reject',
  SignOff = 'sign_off',
  Assign = 'assign',
  Send = 'send',
  Classify = 'classify',
  Export = 'export',
  Erase = 'erase',
}

/** What the actions apply to. `all` stands for every subject. */
export enum Subject {
  All = 'all',
  Me = 'Me',
  Policy = 'Policy',
  Classification = 'Classification',
  Channel = 'Channel',
  Conversation = 'Conversation',
  Message = 'Message',
  Template = 'Template',
  TemplateVersion = 'TemplateVersion',
  ReplyDraft = 'ReplyDraft',
  ArchiveEntry = 'ArchiveEntry',
  ArchiveExport = 'ArchiveExport',
  LegalHold = 'LegalHold',
  DataSubject = 'DataSubject',
  Metrics = 'Metrics',
}

export enum Role {
  Agent = 'agent',
  ComplianceOfficer = 'compliance_officer',
  Legal = 'legal',
  Auditor = 'auditor',
  Admin = 'admin',
}

export enum Location {
  Office = 'office',
  Remote = 'remote',
}
