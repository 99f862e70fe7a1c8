// upsertOrganization: creates an organisation or updates the one with the given id. Fields left out keep
// their value, null clears them; the merged record is validated as a whole, then written with its kind
// label (from the shared allow-list) and search keys (from the one search-key implementation).
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { MutationUpsertOrganizationArgs, OrganizationInput } from '../generated/resolvers-types.ts';
import { KIND_LABELS, kindLabels } from '@siheung/core/kind-labels';
import type { OrganizationRow } from '../data/rows.ts';
import { computeSearchKeys } from '@siheung/core/search-key';
import { defineMutation } from './define-mutation.ts';
import { assertReferencesExist } from './find-missing-ids.ts';
import { newId, parseInput, refId, text } from '../validation/parse-input.ts';

const nextYear = new Date().getUTCFullYear() + 1;
const optionalText = (max: number) => text(max).nullable();

/** The organisation as it will be stored: every field present, null where empty. */
const organizationRecord = z.object({
  id: newId,
  name: text(200),
  nameEn: text(200),
  aliases: z.array(text(100)).max(30, 'must list at most 30 aliases'),
  kind: z.enum(Object.keys(KIND_LABELS) as [keyof typeof KIND_LABELS, ...Array<keyof typeof KIND_LABELS>]),
  hub: refId.nullable(),
  sector: refId.nullable(),
  founded: z
    .number()
    .int()
    .min(1800, 'must be 1800 or later')
    .max(nextYear, `must be ${nextYear} or earlier`)
    .nullable(),
  employees: z.number().int().min(0, 'must not be negative').max(10_000_000, 'must be at most 10,000,000').nullable(),
  status: z.enum(['ACTIVE', 'PLANNED']),
  description: optionalText(2000),
  descriptionEn: optionalText(2000),
  website: z
    .url({ protocol: /^https?$/, message: 'must be an http or https address' })
    .max(500, 'must be at most 500 characters')
    .nullable(),
  source: text(200),
  synthetic: z.boolean(),
});

/** Fields that may not be cleared with an explicit null. */
const REQUIRED = ['name', 'nameEn', 'kind', 'aliases', 'status', 'source', 'synthetic'] as const;

/** A new organisation's values before the input is laid over them. */
const NEW_ORGANIZATION = {
  aliases: [],
  hub: null,
  sector: null,
  founded: null,
  employees: null,
  status: 'ACTIVE',
  description: null,
  descriptionEn: null,
  website: null,
  source: 'api',
  synthetic: false,
};

/** What the stored organisation says, as input fields (the base an update starts from). */
function asRecord(existing: OrganizationRow | null): Record<string, unknown> {
  if (!existing) return { ...NEW_ORGANIZATION };
  const { hubId, ...rest } = existing;
  return {
    ...NEW_ORGANIZATION,
    ...rest,
    hub: hubId,
    aliases: existing.aliases ?? [],
    status: existing.status ?? 'ACTIVE',
    synthetic: existing.synthetic ?? false,
  };
}

/**
 * The stored record with the given fields laid over it; explicit nulls on required fields are refused by the schema.
 */
function merge(existing: OrganizationRow | null, input: OrganizationInput, id: string): unknown {
  const base: Record<string, unknown> = { ...asRecord(existing), id };
  for (const [key, value] of Object.entries(input)) {
    if (key === 'id' || value === undefined) continue;
    if (value === null && (REQUIRED as readonly string[]).includes(key)) base[key] = undefined;
    else base[key] = value;
  }
  return base;
}

export const upsertOrganization = defineMutation<MutationUpsertOrganizationArgs, OrganizationRow>(
  'upsertOrganization',
  async ({ input }, { db, actor }) => {
    const id =
      input.id == null ? `ORG-${randomUUID().slice(0, 8).toUpperCase()}` : parseInput('input.id', newId, input.id);
    return db.writeTransaction(async (tx) => {
      const [found] = await tx.run('organizations-by-ids', { ids: [id] });
      const record = parseInput(
        'input',
        organizationRecord,
        merge((found?.item ?? null) as OrganizationRow | null, input, id),
      );
      await assertReferencesExist(tx, {
        hubs: record.hub === null ? [] : [['input.hub', record.hub]],
        sectors: record.sector === null ? [] : [['input.sector', record.sector]],
      });
      await tx.run('write-upsert-organization', {
        organization: { ...record, ...computeSearchKeys(record) },
        ...kindLabels(record.kind),
        actor: actor.name,
      });
      const [written] = await tx.run('organizations-by-ids', { ids: [id] });
      return written!.item as OrganizationRow;
    }, 'upsertOrganization');
  },
);
