import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The initial schema: identity and audit (core), organisation (agency, unit tree, positions,
 * employees with history, import jobs). Generated from the entities, then tidied by hand.
 */
export class Foundation1795382710055 implements MigrationInterface {
  name = 'Foundation1795382710055';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Trigram search on employee names (GIN index below).
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_name" text, "action" text NOT NULL, "entity" text NOT NULL, "entity_id" text, "before" jsonb, "after" jsonb, "reason" text, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "audit_log_at_idx" ON "audit_log" ("at")`);
    await queryRunner.query(`CREATE INDEX "audit_log_entity_idx" ON "audit_log" ("entity", "entity_id")`);
    await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" text NOT NULL, "display_name" text NOT NULL, "password_hash" text NOT NULL, "roles" text array NOT NULL DEFAULT '{}', "employee_id" uuid, "active" boolean NOT NULL DEFAULT true, "must_change_password" boolean NOT NULL DEFAULT false, "failed_logins" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "last_login_at" TIMESTAMP WITH TIME ZONE, "language" text NOT NULL DEFAULT 'id', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "app_user_employee_id_idx" ON "app_user" ("employee_id")`);
    await queryRunner.query(`CREATE TABLE "user_unit_scope" ("user_id" uuid NOT NULL, "unit_id" uuid NOT NULL, CONSTRAINT "PK_4546b5ebf9d3bca036176f0263e" PRIMARY KEY ("user_id", "unit_id"))`);
    await queryRunner.query(`CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "refresh_token_user_id_idx" ON "refresh_token" ("user_id")`);
    await queryRunner.query(`CREATE INDEX "refresh_token_family_id_idx" ON "refresh_token" ("family_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "refresh_token_token_hash_key" ON "refresh_token" ("token_hash")`);
    await queryRunner.query(`CREATE TABLE "agency" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ab1244724d1c216e9720635a2e5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "agency_code_key" ON "agency" ("code")`);
    await queryRunner.query(`CREATE TABLE "unit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "parent_id" uuid, "code" text NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "path" text NOT NULL, "depth" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "unit_depth_check" CHECK ("depth" >= 0), CONSTRAINT "unit_kind_check" CHECK ("kind" IN ('sekretariat', 'dinas', 'badan', 'biro', 'bidang', 'bagian', 'seksi', 'subbagian', 'uptd', 'kantor', 'lainnya')), CONSTRAINT "PK_4252c4be609041e559f0c80f58a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "unit_parent_id_idx" ON "unit" ("parent_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "unit_agency_id_code_key" ON "unit" ("agency_id", "code")`);
    await queryRunner.query(`CREATE TABLE "position" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "type" text NOT NULL, "functional_level" text, "grade" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "position_grade_check" CHECK ("grade" BETWEEN 1 AND 17), CONSTRAINT "position_functional_level_check" CHECK ("functional_level" IS NULL OR "functional_level" IN ('AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA', 'PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA')), CONSTRAINT "position_type_check" CHECK ("type" IN ('JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL_KEAHLIAN', 'FUNGSIONAL_KETERAMPILAN')), CONSTRAINT "PK_b7f483581562b4dc62ae1a5b7e2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "position_unit_id_idx" ON "position" ("unit_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "position_code_key" ON "position" ("code")`);
    await queryRunner.query(`CREATE TABLE "employee" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "nip" character(18) NOT NULL, "name" text NOT NULL, "front_title" text, "back_title" text, "gender" character(1) NOT NULL, "birth_date" date NOT NULL, "birth_place" text, "golongan" text NOT NULL, "employment_type" text NOT NULL, "status" text NOT NULL DEFAULT 'ACTIVE', "unit_id" uuid NOT NULL, "position_id" uuid, "supervisor_id" uuid, "email" text, "phone" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "employee_supervisor_id_check" CHECK ("supervisor_id" IS NULL OR "supervisor_id" <> "id"), CONSTRAINT "employee_nip_check" CHECK ("nip" ~ '^[0-9]{18}$'), CONSTRAINT "employee_golongan_check" CHECK ("golongan" IN ('I/a', 'I/b', 'I/c', 'I/d', 'II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII')), CONSTRAINT "employee_status_check" CHECK ("status" IN ('ACTIVE', 'ON_LEAVE', 'RETIRED', 'MOVED')), CONSTRAINT "employee_employment_type_check" CHECK ("employment_type" IN ('PNS', 'CPNS', 'PPPK')), CONSTRAINT "employee_gender_check" CHECK ("gender" IN ('L', 'P')), CONSTRAINT "PK_3c2bc72f03fd5abbbc5ac169498" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "employee_nip_key" ON "employee" ("nip")`);
    await queryRunner.query(`CREATE INDEX "employee_unit_id_idx" ON "employee" ("unit_id")`);
    await queryRunner.query(`CREATE INDEX "employee_position_id_idx" ON "employee" ("position_id")`);
    await queryRunner.query(`CREATE INDEX "employee_supervisor_id_idx" ON "employee" ("supervisor_id")`);
    await queryRunner.query(`CREATE TABLE "employee_history" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "employee_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "position_id" uuid, "effective_from" date NOT NULL, "effective_to" date, "reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "employee_history_period_check" CHECK ("effective_to" IS NULL OR "effective_to" >= "effective_from"), CONSTRAINT "PK_69f9bbe2842de908de4e5e097dc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "employee_history_unit_id_idx" ON "employee_history" ("unit_id")`);
    await queryRunner.query(`CREATE INDEX "employee_history_position_id_idx" ON "employee_history" ("position_id")`);
    await queryRunner.query(`CREATE INDEX "employee_history_employee_id_idx" ON "employee_history" ("employee_id", "effective_from")`);
    await queryRunner.query(`CREATE TABLE "import_job" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "status" text NOT NULL DEFAULT 'RUNNING', "processed" integer NOT NULL DEFAULT '0', "total" integer NOT NULL DEFAULT '0', "report" jsonb, "error" text, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, CONSTRAINT "import_job_status_check" CHECK ("status" IN ('RUNNING', 'SUCCEEDED', 'FAILED')), CONSTRAINT "PK_65b4c7eccb8120972a7b8da7682" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "import_job_created_by_idx" ON "import_job" ("created_by")`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "app_user_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employee"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "user_unit_scope" ADD CONSTRAINT "user_unit_scope_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "unit" ADD CONSTRAINT "unit_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "unit" ADD CONSTRAINT "unit_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "position" ADD CONSTRAINT "position_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "employee" ADD CONSTRAINT "employee_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "employee" ADD CONSTRAINT "employee_position_id_fkey" FOREIGN KEY ("position_id") REFERENCES "position"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "employee" ADD CONSTRAINT "employee_supervisor_id_fkey" FOREIGN KEY ("supervisor_id") REFERENCES "employee"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "employee_history" ADD CONSTRAINT "employee_history_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employee"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "employee_history" ADD CONSTRAINT "employee_history_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "employee_history" ADD CONSTRAINT "employee_history_position_id_fkey" FOREIGN KEY ("position_id") REFERENCES "position"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "import_job" ADD CONSTRAINT "import_job_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    // Hand-written: what TypeORM cannot generate. Declared on the entities with `synchronize: false`.
    await queryRunner.query(`CREATE UNIQUE INDEX "app_user_username_key" ON "app_user" (lower("username"))`);
    await queryRunner.query(`CREATE INDEX "unit_path_idx" ON "unit" ("path" text_pattern_ops)`);
    await queryRunner.query(`CREATE INDEX "employee_name_trgm_idx" ON "employee" USING gin (lower("name") gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "employee_nip_pattern_idx" ON "employee" ("nip" bpchar_pattern_ops)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "employee_history_open_key" ON "employee_history" ("employee_id") WHERE "effective_to" IS NULL`);

    // The audit log is append-only: the database itself refuses UPDATE, DELETE and TRUNCATE.
    await queryRunner.query(`CREATE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
    $$`);
    await queryRunner.query(`CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"()`);
    await queryRunner.query(`CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_log_no_truncate" ON "audit_log"`);
    await queryRunner.query(`DROP TRIGGER "audit_log_append_only" ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION "audit_log_append_only"()`);
    await queryRunner.query(`DROP INDEX "public"."employee_history_open_key"`);
    await queryRunner.query(`DROP INDEX "public"."employee_nip_pattern_idx"`);
    await queryRunner.query(`DROP INDEX "public"."employee_name_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "public"."unit_path_idx"`);
    await queryRunner.query(`DROP INDEX "public"."app_user_username_key"`);
    await queryRunner.query(`ALTER TABLE "import_job" DROP CONSTRAINT "import_job_created_by_fkey"`);
    await queryRunner.query(`ALTER TABLE "employee_history" DROP CONSTRAINT "employee_history_position_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "employee_history" DROP CONSTRAINT "employee_history_unit_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "employee_history" DROP CONSTRAINT "employee_history_employee_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "employee" DROP CONSTRAINT "employee_supervisor_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "employee" DROP CONSTRAINT "employee_position_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "employee" DROP CONSTRAINT "employee_unit_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "position" DROP CONSTRAINT "position_unit_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "unit" DROP CONSTRAINT "unit_parent_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "unit" DROP CONSTRAINT "unit_agency_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "user_unit_scope" DROP CONSTRAINT "user_unit_scope_unit_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "app_user_employee_id_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."import_job_created_by_idx"`);
    await queryRunner.query(`DROP TABLE "import_job"`);
    await queryRunner.query(`DROP INDEX "public"."employee_history_employee_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."employee_history_position_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."employee_history_unit_id_idx"`);
    await queryRunner.query(`DROP TABLE "employee_history"`);
    await queryRunner.query(`DROP INDEX "public"."employee_supervisor_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."employee_position_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."employee_unit_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."employee_nip_key"`);
    await queryRunner.query(`DROP TABLE "employee"`);
    await queryRunner.query(`DROP INDEX "public"."position_code_key"`);
    await queryRunner.query(`DROP INDEX "public"."position_unit_id_idx"`);
    await queryRunner.query(`DROP TABLE "position"`);
    await queryRunner.query(`DROP INDEX "public"."unit_agency_id_code_key"`);
    await queryRunner.query(`DROP INDEX "public"."unit_parent_id_idx"`);
    await queryRunner.query(`DROP TABLE "unit"`);
    await queryRunner.query(`DROP INDEX "public"."agency_code_key"`);
    await queryRunner.query(`DROP TABLE "agency"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_token_token_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_token_family_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_token_user_id_idx"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP TABLE "user_unit_scope"`);
    await queryRunner.query(`DROP INDEX "public"."app_user_employee_id_idx"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_entity_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_at_idx"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
  }
}
