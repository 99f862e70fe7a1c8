// The audit log for writers outside the API (the data CLI): wrap the database so every write transaction records who
// did it.
export { withAudit, type AuditTarget } from './audited-database.ts';
export { importAuditTarget } from './import-audit.ts';
export { cliActor } from './cli-actor.ts';
export { recordAudit, type AuditChange } from './record-audit.ts';
export type { Actor, Role } from './actor.ts';
