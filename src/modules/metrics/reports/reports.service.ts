import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import type { Actor } from '../../../platform/auth/actor';
import { AuditedWork } from '../../archive';
import { MetricsError, MetricsErrorCode } from '../metrics.errors';
import { csvLine, jsonRow } from './report-format';
import {
  REPORT_NAMES,
  reportColumns,
  ReportsRepository,
  type ReportName,
} from './reports.repository';

export type ReportFormat = 'csv' | 'json';

export interface ReportRequest {
  name: string;
  from: Date;
  to: Date;
  format: ReportFormat;
}

/**
 * Examiner reports, streamed. Every download is archived (who, when, which
 * report, which period, which format) before the first byte goes out, so a
 * report that was read is always on record.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly repo: ReportsRepository,
    private readonly work: AuditedWork,
  ) {}

  names(): readonly ReportName[] {
    return REPORT_NAMES;
  }

  private check(r: ReportRequest): ReportName {
    if (!(REPORT_NAMES as readonly string[]).includes(r.name)) {
      throw new MetricsError(MetricsErrorCode.UNKNOWN_REPORT, 'Unknown report.', {
        reports: REPORT_NAMES,
      });
    }
    if (!(r.to.getTime() > r.from.getTime())) {
      throw new MetricsError(
        MetricsErrorCode.KPI_RANGE_INVALID,
        'Invalid range: `to` must be after `from`.',
      );
    }
    return r.name as ReportName;
  }

  /** Archives the download, then answers the report as a stream of CSV or JSON text. */
  async open(actor: Actor, r: ReportRequest): Promise<Readable> {
    const name = this.check(r);
    await this.work.run(actor, () =>
      Promise.resolve({
        result: null,
        records: [
          {
            stream: 'reports',
            kind: 'report.downloaded',
            refs: { report: name },
            clear: {
              report: name,
              from: r.from.toISOString(),
              to: r.to.toISOString(),
              format: r.format,
            },
          },
        ],
      }),
    );
    return Readable.from(this.lines(name, r), { objectMode: false });
  }

  private async *lines(name: ReportName, r: ReportRequest): AsyncGenerator<string> {
    const columns = reportColumns(name);
    const rows = this.repo.rows(name, r.from, r.to);
    if (r.format === 'csv') {
      yield csvLine(columns);
      for await (const row of rows) yield csvLine(row);
      return;
    }
    yield (
      `{"report":${JSON.stringify(name)},"from":${JSON.stringify(r.from.toISOString())},` +
      `"to":${JSON.stringify(r.to.toISOString())},"columns":${JSON.stringify(columns)},"rows":[`
    );
    let first = true;
    for await (const row of rows) {
      yield (first ? '\n' : ',\n') + jsonRow(columns, row);
      first = false;
    }
    yield '\n]}\n';
  }
}
