import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `seed_fact`: per seed file and fact, the row it is and the values the file
 * last wrote, so loading seeds changes only what a file itself changed and
 * never undoes an edit made through the API.
 */
export class SeedFacts1750000000000 implements MigrationInterface {
  name = 'SeedFacts1750000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "seed_fact" ("file" text NOT NULL, "fact_type" text NOT NULL, "seed_key" text NOT NULL, "fact_id" integer NOT NULL, "loaded" jsonb NOT NULL, "loaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_seed_fact" PRIMARY KEY ("file", "fact_type", "seed_key"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_seed_fact_fact_type_fact_id" ON "seed_fact" ("fact_type", "fact_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_seed_fact_fact_type_fact_id"`);
    await queryRunner.query(`DROP TABLE "seed_fact"`);
  }
}
