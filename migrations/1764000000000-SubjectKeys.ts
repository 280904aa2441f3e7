import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Subject data keys belong to the subjects module: the archive and the message
 * store seal under the same key, so one erasure shreds every copy. The table
 * keeps its guard (a key can only be destroyed, once) and its grants.
 */
export class SubjectKeys1764000000000 implements MigrationInterface {
  name = 'SubjectKeys1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE archive_subject_key RENAME TO subject_key`);
    await q.query(`ALTER INDEX archive_subject_key_pkey RENAME TO subject_key_pkey`);
    await q.query(`ALTER INDEX archive_subject_key_live RENAME TO subject_key_live`);
    await q.query(`ALTER INDEX archive_subject_key_subject RENAME TO subject_key_subject`);
    await q.query(`ALTER FUNCTION archive_subject_key_guard() RENAME TO subject_key_guard`);
    await q.query(
      `ALTER TRIGGER archive_subject_key_guard ON subject_key RENAME TO subject_key_guard`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TRIGGER subject_key_guard ON subject_key RENAME TO archive_subject_key_guard`,
    );
    await q.query(`ALTER FUNCTION subject_key_guard() RENAME TO archive_subject_key_guard`);
    await q.query(`ALTER INDEX subject_key_subject RENAME TO archive_subject_key_subject`);
    await q.query(`ALTER INDEX subject_key_live RENAME TO archive_subject_key_live`);
    await q.query(`ALTER INDEX subject_key_pkey RENAME TO archive_subject_key_pkey`);
    await q.query(`ALTER TABLE subject_key RENAME TO archive_subject_key`);
  }
}
