import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notification1796153973341 implements MigrationInterface {
  name = 'Notification1796153973341';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "mail_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_key" text NOT NULL, "template" text NOT NULL, "category" text NOT NULL, "recipient_user_id" uuid, "recipient_email" text, "recipient_name" text, "language" text NOT NULL DEFAULT 'id', "subject" text NOT NULL, "body_text" text NOT NULL, "body_html" text NOT NULL, "status" text NOT NULL DEFAULT 'QUEUED', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lease_until" TIMESTAMP WITH TIME ZONE, "last_error" text, "message_id" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "mail_outbox_category_check" CHECK ("category" IN ('ESSENTIAL', 'REMINDER', 'DIGEST')), CONSTRAINT "mail_outbox_status_check" CHECK ("status" IN ('QUEUED', 'SENDING', 'RETRY', 'SENT', 'DEAD', 'SUPPRESSED', 'NO_ADDRESS')), CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "mail_outbox_created_at_idx" ON "mail_outbox"  ("created_at") `);
    await queryRunner.query(`CREATE INDEX "mail_outbox_due_idx" ON "mail_outbox"  ("next_attempt_at") WHERE "status" IN ('QUEUED', 'RETRY', 'SENDING')`);
    await queryRunner.query(`CREATE UNIQUE INDEX "mail_outbox_event_key_key" ON "mail_outbox"  ("event_key") `);
    await queryRunner.query(`CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "muted_categories" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_ff040d2d2e35c49b00525783829" PRIMARY KEY ("user_id"))`);
    await queryRunner.query(`CREATE TABLE "job_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "job" text NOT NULL, "tick" text NOT NULL, "trigger" text NOT NULL DEFAULT 'SCHEDULE', "instance" text NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, "outcome" text NOT NULL DEFAULT 'RUNNING', "counts" jsonb NOT NULL DEFAULT '{}', "error" text, "requested_by" uuid, CONSTRAINT "job_run_outcome_check" CHECK ("outcome" IN ('RUNNING', 'OK', 'FAILED', 'SKIPPED')), CONSTRAINT "PK_96fe0b041b8bc157dcec25bd8ef" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "job_run_started_at_idx" ON "job_run"  ("started_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "job_run_job_tick_key" ON "job_run"  ("job", "tick") `);
    await queryRunner.query(`ALTER TABLE "notification_preference" ADD CONSTRAINT "notification_preference_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_preference" DROP CONSTRAINT "notification_preference_user_id_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."job_run_job_tick_key"`);
    await queryRunner.query(`DROP INDEX "public"."job_run_started_at_idx"`);
    await queryRunner.query(`DROP TABLE "job_run"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
    await queryRunner.query(`DROP INDEX "public"."mail_outbox_event_key_key"`);
    await queryRunner.query(`DROP INDEX "public"."mail_outbox_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."mail_outbox_created_at_idx"`);
    await queryRunner.query(`DROP TABLE "mail_outbox"`);
  }
}
