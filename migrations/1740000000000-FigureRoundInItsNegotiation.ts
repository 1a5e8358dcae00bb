import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A figure's round must belong to the figure's negotiation, as for
 * statements, positions and delegations: the plain key on `round_id` becomes
 * a composite key on (round_id, negotiation_id), and a figure with a round
 * must name its negotiation (a composite key with a NULL column checks
 * nothing). Figures that named a round but no negotiation get the round's.
 */
export class FigureRoundInItsNegotiation1740000000000 implements MigrationInterface {
  name = 'FigureRoundInItsNegotiation1740000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "figure" "f" SET "negotiation_id" = "r"."negotiation_id" FROM "round" "r" WHERE "r"."id" = "f"."round_id" AND "f"."negotiation_id" IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "figure" DROP CONSTRAINT "fk_figure_round_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_figure_round_id"`);
    await queryRunner.query(`CREATE INDEX "idx_figure_round_id_negotiation_id" ON "figure" ("round_id", "negotiation_id")`);
    await queryRunner.query(`ALTER TABLE "figure" ADD CONSTRAINT "chk_figure_round_has_negotiation" CHECK ("round_id" IS NULL OR "negotiation_id" IS NOT NULL)`);
    await queryRunner.query(
      `ALTER TABLE "figure" ADD CONSTRAINT "fk_figure_round_id_negotiation_id" FOREIGN KEY ("round_id", "negotiation_id") REFERENCES "round"("id","negotiation_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "figure" DROP CONSTRAINT "fk_figure_round_id_negotiation_id"`);
    await queryRunner.query(`ALTER TABLE "figure" DROP CONSTRAINT "chk_figure_round_has_negotiation"`);
    await queryRunner.query(`DROP INDEX "public"."idx_figure_round_id_negotiation_id"`);
    await queryRunner.query(`CREATE INDEX "idx_figure_round_id" ON "figure" ("round_id")`);
    await queryRunner.query(
      `ALTER TABLE "figure" ADD CONSTRAINT "fk_figure_round_id" FOREIGN KEY ("round_id") REFERENCES "round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }
}
