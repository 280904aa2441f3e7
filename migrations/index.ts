import { Foundation1763900000000 } from './1763900000000-Foundation';
import { Archive1763900100000 } from './1763900100000-Archive';
import { SubjectKeys1764000000000 } from './1764000000000-SubjectKeys';
import { ArchiveExports1764000000001 } from './1764000000001-ArchiveExports';
import { Conversations1764000100000 } from './1764000100000-Conversations';
import { ChannelThreadLinks1764000200000 } from './1764000200000-ChannelThreadLinks';
import { Templates1764000300000 } from './1764000300000-Templates';
import { Replies1764000400000 } from './1764000400000-Replies';
import { SupervisoryReviews1764000400001 } from './1764000400001-SupervisoryReviews';
import { CsatSurveys1764000400002 } from './1764000400002-CsatSurveys';
import { ReplyDueAt1764000400003 } from './1764000400003-ReplyDueAt';
import { Metrics1764000500000 } from './1764000500000-Metrics';
import { MetricsCsatIndex1764000500001 } from './1764000500001-MetricsCsatIndex';
import { KpiRollups1764000500002 } from './1764000500002-KpiRollups';
import { LiveEvents1764000600000 } from './1764000600000-LiveEvents';
import { ScheduledPostSignoffs1764000700000 } from './1764000700000-ScheduledPostSignoffs';
import { KpiConversationChangedPairs1764000800000 } from './1764000800000-KpiConversationChangedPairs';
import { ConversationInboundState1764000800001 } from './1764000800001-ConversationInboundState';
import { InboundStateCustomPlans1764000900000 } from './1764000900000-InboundStateCustomPlans';

/** Every migration, in order. A new migration is added here; a merged one is never edited. */
export const MIGRATIONS = [
  Foundation1763900000000,
  Archive1763900100000,
  SubjectKeys1764000000000,
  ArchiveExports1764000000001,
  Conversations1764000100000,
  ChannelThreadLinks1764000200000,
  Templates1764000300000,
  Replies1764000400000,
  SupervisoryReviews1764000400001,
  CsatSurveys1764000400002,
  ReplyDueAt1764000400003,
  Metrics1764000500000,
  MetricsCsatIndex1764000500001,
  KpiRollups1764000500002,
  LiveEvents1764000600000,
  ScheduledPostSignoffs1764000700000,
  KpiConversationChangedPairs1764000800000,
  ConversationInboundState1764000800001,
  InboundStateCustomPlans1764000900000,
];
