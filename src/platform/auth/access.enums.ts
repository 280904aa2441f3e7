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
  Retire = 'retire',
  RouteOffline = 'route_offline',
  ReadUnredacted = 'read_unredacted',
  Transition = 'transition',
  Ingest = 'ingest',
  Release = 'release',
  Review = 'review',
  Withdraw = 'withdraw',
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
  Complaint = 'Complaint',
  OfflineCase = 'OfflineCase',
  InboundMessage = 'InboundMessage',
  ScheduledPost = 'ScheduledPost',
  Crisis = 'Crisis',
  SupervisoryReview = 'SupervisoryReview',
  SandboxDelivery = 'SandboxDelivery',
  Report = 'Report',
  Replay = 'Replay',
  Event = 'Event',
}

export enum Role {
  Agent = 'agent',
  ComplianceOfficer = 'compliance_officer',
  Legal = 'legal',
  Auditor = 'auditor',
  Admin = 'admin',
  KnowledgeEditor = 'knowledge_editor',
  Integration = 'integration',
}

export enum Location {
  Office = 'office',
  Remote = 'remote',
}
