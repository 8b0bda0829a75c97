import { MigrationInterface, QueryRunner } from 'typeorm';

export class Competency1795385380368 implements MigrationInterface {
  name = 'Competency1795385380368';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "competency_framework" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "description" text, "version" integer NOT NULL DEFAULT '1', "status" text NOT NULL DEFAULT 'DRAFT', "agency_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "previous_version_id" uuid, "source_url" text, "case_identifier" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', CONSTRAINT "competency_framework_code_version_key" UNIQUE ("code", "version"), CONSTRAINT "competency_framework_status_check" CHECK ("status" IN ('DRAFT', 'PUBLISHED', 'RETIRED')), CONSTRAINT "PK_329c8576ff531e718f75ef97f56" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "competency_framework_agency_id_idx" ON "competency_framework"  ("agency_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "competency_framework_case_identifier_key" ON "competency_framework"  ("case_identifier") `);
    await queryRunner.query(`CREATE TABLE "competency_group" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "framework_id" uuid NOT NULL, "parent_id" uuid, "code" text NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "sort_order" integer NOT NULL DEFAULT '0', "case_identifier" uuid NOT NULL, CONSTRAINT "competency_group_framework_id_code_key" UNIQUE ("framework_id", "code"), CONSTRAINT "competency_group_kind_check" CHECK ("kind" IN ('MANAJERIAL', 'SOSIAL_KULTURAL', 'TEKNIS')), CONSTRAINT "PK_8ec961407791d4dae713f322cf4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "competency_group_parent_id_idx" ON "competency_group"  ("parent_id") `);
    await queryRunner.query(`CREATE TABLE "competency" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "framework_id" uuid NOT NULL, "group_id" uuid NOT NULL, "lineage_id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "definition" text NOT NULL, "kind" text NOT NULL, "sort_order" integer NOT NULL DEFAULT '0', "case_identifier" uuid NOT NULL, CONSTRAINT "competency_framework_id_code_key" UNIQUE ("framework_id", "code"), CONSTRAINT "competency_kind_check" CHECK ("kind" IN ('MANAJERIAL', 'SOSIAL_KULTURAL', 'TEKNIS')), CONSTRAINT "PK_9b9cd5b5654e3900e92f6956436" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "competency_group_id_idx" ON "competency"  ("group_id") `);
    await queryRunner.query(`CREATE INDEX "competency_lineage_id_idx" ON "competency"  ("lineage_id") `);
    await queryRunner.query(`CREATE TABLE "competency_level" ("competency_id" uuid NOT NULL, "level" integer NOT NULL, "defined" boolean NOT NULL DEFAULT true, "title" text NOT NULL DEFAULT '', "description" text NOT NULL DEFAULT '', "indicators" jsonb NOT NULL DEFAULT '[]', "case_identifier" uuid NOT NULL, CONSTRAINT "competency_level_level_check" CHECK ("level" BETWEEN 1 AND 5), CONSTRAINT "PK_7ddd54cab7518e32423f33e89df" PRIMARY KEY ("competency_id", "level"))`);
    await queryRunner.query(`CREATE TABLE "position_standard" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "framework_id" uuid NOT NULL, "position_id" uuid, "position_type" text, "functional_level" text, "name" text NOT NULL, "effective_from" date NOT NULL, "effective_to" date, "agency_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', CONSTRAINT "position_standard_target_check" CHECK (("position_id" IS NULL) <> ("position_type" IS NULL)), CONSTRAINT "PK_bcc1c1dbfaa75197a159a0f8d4d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "position_standard_template_idx" ON "position_standard"  ("position_type", "functional_level", "effective_from") `);
    await queryRunner.query(`CREATE INDEX "position_standard_position_id_idx" ON "position_standard"  ("position_id", "effective_from") `);
    await queryRunner.query(`CREATE TABLE "position_requirement" ("standard_id" uuid NOT NULL, "competency_id" uuid NOT NULL, "required_level" integer NOT NULL, "weight" numeric(6,2) NOT NULL DEFAULT '1', "essential" boolean NOT NULL DEFAULT false, CONSTRAINT "position_requirement_required_level_check" CHECK ("required_level" BETWEEN 1 AND 5 AND "weight" >= 0), CONSTRAINT "PK_cd8e463da473de7ae5262b11195" PRIMARY KEY ("standard_id", "competency_id"))`);
    await queryRunner.query(`CREATE TABLE "competency_assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "employee_id" uuid NOT NULL, "competency_id" uuid NOT NULL, "lineage_id" uuid NOT NULL, "framework_id" uuid NOT NULL, "level" integer, "method" text NOT NULL, "assessor_user_id" uuid, "assessor_name" text, "assessed_at" date NOT NULL, "valid_until" date, "status" text NOT NULL DEFAULT 'FINAL', "note" text, "void_reason" text, "voided_at" TIMESTAMP WITH TIME ZONE, "source_ref" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "competency_assessment_level_check" CHECK ("level" IS NULL OR "level" BETWEEN 1 AND 5), CONSTRAINT "competency_assessment_status_check" CHECK ("status" IN ('DRAFT', 'FINAL', 'VOID')), CONSTRAINT "competency_assessment_method_check" CHECK ("method" IN ('ASSESSMENT_CENTER', 'TEST', 'FEEDBACK_360', 'SUPERVISOR', 'TRAINING_COMPLETION', 'PRIOR_LEARNING', 'SELF')), CONSTRAINT "PK_cc15ff0f56228d26d71df30d1ec" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "competency_assessment_employee_lineage_idx" ON "competency_assessment"  ("employee_id", "lineage_id", "assessed_at") `);
    await queryRunner.query(`CREATE TABLE "employee_competency" ("employee_id" uuid NOT NULL, "lineage_id" uuid NOT NULL, "level" integer, "source_assessment_id" uuid, "method" text, "assessed_at" date, "valid_until" date, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_02dc9fe99dc354a7729c9a2e772" PRIMARY KEY ("employee_id", "lineage_id"))`);
    await queryRunner.query(`CREATE INDEX "employee_competency_lineage_idx" ON "employee_competency"  ("lineage_id") `);
    await queryRunner.query(`CREATE TABLE "competency_policy" ("key" text NOT NULL, "level_policy" text NOT NULL DEFAULT 'LATEST', "count_self" boolean NOT NULL DEFAULT false, "jpm_variant" text NOT NULL DEFAULT 'NO_COMPENSATION', "purpose" text NOT NULL DEFAULT 'PEMETAAN', "thresholds" jsonb, "default_validity_months" integer NOT NULL DEFAULT '36', CONSTRAINT "PK_91e42a99404253555b9eb897175" PRIMARY KEY ("key"))`);
    await queryRunner.query(`ALTER TABLE "competency_group" ADD CONSTRAINT "competency_group_framework_id_fkey" FOREIGN KEY ("framework_id") REFERENCES "competency_framework"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "competency_group" ADD CONSTRAINT "competency_group_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "competency_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "competency" ADD CONSTRAINT "competency_framework_id_fkey" FOREIGN KEY ("framework_id") REFERENCES "competency_framework"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "competency" ADD CONSTRAINT "competency_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "competency_group"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "competency_level" ADD CONSTRAINT "competency_level_competency_id_fkey" FOREIGN KEY ("competency_id") REFERENCES "competency"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "position_standard" ADD CONSTRAINT "position_standard_framework_id_fkey" FOREIGN KEY ("framework_id") REFERENCES "competency_framework"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "position_standard" ADD CONSTRAINT "position_standard_position_id_fkey" FOREIGN KEY ("position_id") REFERENCES "position"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "position_requirement" ADD CONSTRAINT "position_requirement_standard_id_fkey" FOREIGN KEY ("standard_id") REFERENCES "position_standard"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "position_requirement" ADD CONSTRAINT "position_requirement_competency_id_fkey" FOREIGN KEY ("competency_id") REFERENCES "competency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "competency_assessment" ADD CONSTRAINT "competency_assessment_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employee"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "competency_assessment" ADD CONSTRAINT "competency_assessment_competency_id_fkey" FOREIGN KEY ("competency_id") REFERENCES "competency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "employee_competency" ADD CONSTRAINT "employee_competency_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employee"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Assessments are append-only: no DELETE, and the only UPDATE allowed is voiding (status, reason, time).
    await queryRunner.query(`CREATE FUNCTION competency_assessment_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'competency_assessment is append-only: void an assessment instead of deleting it';
        END IF;
        IF OLD.status = 'VOID' OR NEW.status <> 'VOID'
           OR (NEW.employee_id, NEW.competency_id, NEW.level, NEW.method, NEW.assessed_at, NEW.valid_until, NEW.assessor_user_id)
              IS DISTINCT FROM (OLD.employee_id, OLD.competency_id, OLD.level, OLD.method, OLD.assessed_at, OLD.valid_until, OLD.assessor_user_id) THEN
          RAISE EXCEPTION 'competency_assessment is append-only: only voiding is allowed';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER competency_assessment_append_only BEFORE UPDATE OR DELETE ON competency_assessment FOR EACH ROW EXECUTE FUNCTION competency_assessment_append_only()`);
    await queryRunner.query(`CREATE UNIQUE INDEX competency_framework_code_draft_key ON competency_framework (code) WHERE status = 'DRAFT'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX competency_framework_code_draft_key`);
    await queryRunner.query(`DROP TRIGGER competency_assessment_append_only ON competency_assessment`);
    await queryRunner.query(`DROP FUNCTION competency_assessment_append_only()`);
    await queryRunner.query(`ALTER TABLE "employee_competency" DROP CONSTRAINT "employee_competency_employee_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "competency_assessment" DROP CONSTRAINT "competency_assessment_competency_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "competency_assessment" DROP CONSTRAINT "competency_assessment_employee_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "position_requirement" DROP CONSTRAINT "position_requirement_competency_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "position_requirement" DROP CONSTRAINT "position_requirement_standard_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "position_standard" DROP CONSTRAINT "position_standard_position_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "position_standard" DROP CONSTRAINT "position_standard_framework_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "competency_level" DROP CONSTRAINT "competency_level_competency_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "competency" DROP CONSTRAINT "competency_group_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "competency" DROP CONSTRAINT "competency_framework_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "competency_group" DROP CONSTRAINT "competency_group_parent_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "competency_group" DROP CONSTRAINT "competency_group_framework_id_fkey"`);
    await queryRunner.query(`DROP TABLE "competency_policy"`);
    await queryRunner.query(`DROP INDEX "public"."employee_competency_lineage_idx"`);
    await queryRunner.query(`DROP TABLE "employee_competency"`);
    await queryRunner.query(`DROP INDEX "public"."competency_assessment_employee_lineage_idx"`);
    await queryRunner.query(`DROP TABLE "competency_assessment"`);
    await queryRunner.query(`DROP TABLE "position_requirement"`);
    await queryRunner.query(`DROP INDEX "public"."position_standard_position_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."position_standard_template_idx"`);
    await queryRunner.query(`DROP TABLE "position_standard"`);
    await queryRunner.query(`DROP TABLE "competency_level"`);
    await queryRunner.query(`DROP INDEX "public"."competency_lineage_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."competency_group_id_idx"`);
    await queryRunner.query(`DROP TABLE "competency"`);
    await queryRunner.query(`DROP INDEX "public"."competency_group_parent_id_idx"`);
    await queryRunner.query(`DROP TABLE "competency_group"`);
    await queryRunner.query(`DROP INDEX "public"."competency_framework_case_identifier_key"`);
    await queryRunner.query(`DROP INDEX "public"."competency_framework_agency_id_idx"`);
    await queryRunner.query(`DROP TABLE "competency_framework"`);
  }
}
