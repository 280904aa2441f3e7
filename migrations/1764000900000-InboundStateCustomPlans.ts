import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `conversation_inbound_state` plans its read on every call
 * (`plan_cache_mode = force_custom_plan`) instead of keeping, per connection,
 * the generic plan it made on its first calls. A service started on a new or
 * small database made that plan while the conversation, message and complaint
 * tables were nearly empty, so it kept reading them whole (a sequential scan
 * of every message per group of posts) until statistics happened to
 * invalidate it. Planned per call, the read uses the tables' indexes as soon
 * as the tables grow; the planning costs a fraction of a millisecond per
 * group (docs/benchmarks.md, Intake).
 */
export class InboundStateCustomPlans1764000900000 implements MigrationInterface {
  name = 'InboundStateCustomPlans1764000900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER FUNCTION conversation_inbound_state(integer, text[], text[], text[], text[], text[])
        SET plan_cache_mode = force_custom_plan`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER FUNCTION conversation_inbound_state(integer, text[], text[], text[], text[], text[])
        RESET plan_cache_mode`);
  }
}
