/**
 * The aggregates of one KPI request, per bucket (`bucket` the local start of
 * the bucket as an instant) and for the whole range (`bucket` null), whether
 * they come from the exact queries or from the rollups. Pure types.
 */
export interface Bucketed {
  bucket: Date | null;
}

export interface ConversationAgg extends Bucketed {
  opened: number;
  answered: number;
  frP50: number | null;
  frP90: number | null;
  resolved: number;
  resP50: number | null;
  resP90: number | null;
  firstResponseBreaches: number;
  resolutionBreaches: number;
}

export interface SlaAgg extends Bucketed {
  priority: string;
  measured: number;
  withinTarget: number;
}

export interface SignoffAgg extends Bucketed {
  role: string;
  count: number;
  p50: number | null;
  p90: number | null;
}

export interface KeyedCount extends Bucketed {
  key: string;
  key2?: string;
  count: number;
}

export interface CsatAgg extends Bucketed {
  sent: number;
  answered: number;
  average: number | null;
}

export interface ComplaintAgg extends Bucketed {
  opened: number;
  acknowledged: number;
  closed: number;
}

export interface KpiAggregates {
  buckets: Date[];
  conversations: ConversationAgg[];
  sla: SlaAgg[];
  signoffs: SignoffAgg[];
  offline: KeyedCount[];
  complaints: ComplaintAgg[];
  intents: KeyedCount[];
  channels: KeyedCount[];
  repliesByVersion: KeyedCount[];
  repliesByAgent: KeyedCount[];
  csat: CsatAgg[];
}
