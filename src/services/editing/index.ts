/** The editing service's public face: mutations, the shared write store, and user errors. */
export { addCitation, createFact, retractFact, updateCitation, updateFact, type EditableType } from './editFacts.js';
export { CITEABLE_TYPES, EDITORS } from './editors.js';
export { factCatalog } from './factCatalog.js';
export { FactStore, type ChangeSet, type FactRow, type NewCitation, type Values } from './factStore.js';
export { sqlOn, type Sql } from './sql.js';
export { USER_ERROR_CODES, type InputPath, type MutationResult, type UserError, type UserErrorCode } from './userErrors.js';
