// graphql-codegen's configuration: TypeScript resolver types from the SDL, with our row types as parents.
import { generate, type CodegenConfig } from '@graphql-codegen/cli';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const GENERATED_TYPES_FILE = resolve(PACKAGE_DIR, 'src/generated/resolvers-types.ts');

const row = (name: string): string => `../data/rows.ts#${name}`;

const HEADER = '// Generated from src/schema/*.graphql by `pnpm --filter @siheung/graph-api codegen`: do not edit.\n';

export const CODEGEN_CONFIG: CodegenConfig = {
  schema: resolve(PACKAGE_DIR, 'src/schema/*.graphql'),
  silent: true,
  generates: {
    [GENERATED_TYPES_FILE]: {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../app/context.ts#AppContext',
        scalars: { ID: 'string' },
        mappers: {
          Organization: row('OrganizationRow'),
          Hub: row('HubRow'),
          Capability: row('CapabilityRow'),
          Program: row('ProgramRow'),
          Event: row('EventRow'),
          Project: row('ProjectRow'),
          Collaboration: row('CollaborationRow'),
          Need: row('NeedRow'),
          Attendance: row('AttendanceRow'),
          ProjectMembership: row('MembershipRow'),
          Partner: row('PartnerRow'),
          CentralityEntry: '../services/analytics/analytics-rows.ts#CentralityEntryRow',
          Broker: '../services/analytics/analytics-rows.ts#BrokerRow',
          Community: '../services/analytics/analytics-rows.ts#CommunityRow',
          PartnerMatch: '../services/matching/matching-rows.ts#PartnerMatchRow',
          MatchReason: '../services/matching/matching-rows.ts#MatchReasonRow',
          Introducer: '../services/matching/matching-rows.ts#IntroducerRow',
          MatchFeedback: '../services/matching/matching-rows.ts#MatchFeedbackRow',
        },
      },
    },
  },
};

/** The resolver types as the SDL defines them now (what the committed file must contain). */
export async function generateResolverTypes(): Promise<string> {
  const outputs = await generate(CODEGEN_CONFIG, false);
  const output = outputs.find(
    (file: { filename: string; content: string }) => resolve(file.filename) === GENERATED_TYPES_FILE,
  );
  if (!output) throw new Error('contract/codegen: graphql-codegen produced no resolver types');
  return HEADER + output.content;
}
