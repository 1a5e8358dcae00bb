/** The seed loader's public face: load and validate seed files (format: seeds/README.md). */
export {
  describeSeedConflict, loadSeedDirectory, loadSeedFiles, SEED_ACTOR, SEED_TABLES,
  type LoadSeedOptions, type SeedConflict, type SeedFileReport, type SeedTable,
} from './loadSeeds.js';
export { ingestFiles, INGEST_ACTOR, type IngestOptions, type IngestOutcome } from './ingestFiles.js';
export { SeedError, describeSeedProblem, type SeedProblem } from './SeedError.js';
export { validateSeedFile, type SeedValidation } from './validateSeedFile.js';
export { seedFileSchema, type SeedFile } from './seedFile.js';
