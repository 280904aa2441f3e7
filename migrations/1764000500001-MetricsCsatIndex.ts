import { MigrationInterface, QueryRunner } from 'typeorm';

/** The KPI read of satisfaction surveys by the time they were sent (additive index, reporting exception). */
export class MetricsCsatIndex1764000500001 implements MigrationInterface {
  name = 'MetricsCsatIndex1764000500001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX metrics_csat_survey_sent_idx ON csat_survey (sent_at) WHERE sent_at IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX metrics_csat_survey_sent_idx`);
  }
}
