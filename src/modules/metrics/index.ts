/** The metrics module's public API: KPIs, examiner reports, decision replay, Prometheus. */
export { MetricsModule } from './metrics.module';
export { KpiService } from './kpi.service';
export { KpiRollupService } from './kpi-rollup.service';
export { MetricsError, MetricsErrorCode } from './metrics.errors';
export { Metrics } from './prometheus/metrics.service';
export { MetricsServer } from './prometheus/metrics-server';
export { ReportsModule } from './reports/reports.module';
export { ReportsService, type ReportFormat, type ReportRequest } from './reports/reports.service';
export { REPORT_NAMES, type ReportName } from './reports/reports.repository';
export { ReplayService, type ReplayReport, type ReplayRequest } from './replay/replay.service';
