// The injection corpus (injection-corpus.ts) against every String and ID argument of every query and mutation,
// generated from the schema: answers are normal results or typed errors (never INTERNAL, never a 5xx, no driver
// text); queries change nothing (whole-graph content hash); mutations, run as staff on ids T-INJ-…, change
// nothing outside them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '@siheung/seed';
import { buildSchema } from '../src/app/create-app.ts';
import { graphChanges, deletePrefix, dumpGraph, type DumpEntry } from '@siheung/seed/test-support';
import { INJECTION_CORPUS } from './injection-corpus.ts';
import { sampleDataset } from './sample-dataset.ts';
import { stringTargets, type Baseline, type StringTarget } from './schema-arguments.ts';
import { createTestApp, type GraphQLResponse, type TestApp } from './test-app.ts';

const PREFIX = 'T-INJ-';
const TYPED = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED']);
/** A write may also meet data that contradicts it (e.g. an id used by something else). */
const TYPED_WRITE = new Set([...TYPED, 'CONFLICT']);
const LEAK = /Neo4jError|Neo\.\w+Error|neo4j-driver|\bat .+\.[jt]s:\d+|\n\s+at |Cypher|ECONNREFUSED/;

const schema = buildSchema();
const reader = createTestApp({ role: 'admin' });
const writer = createTestApp({ role: 'staff' });
let data: Dataset;

function baselineFrom(ids: {
  org: string;
  orgTo: string;
  hub: string;
  capability: string;
  event: string;
  project: string;
  program: string;
  id: string;
}): Baseline {
  return {
    id(argument) {
      if (/^to$|^orgTo$/i.test(argument)) return ids.orgTo;
      if (/hub/i.test(argument)) return ids.hub;
      if (/capabilit|need|sector/i.test(argument)) return ids.capability;
      if (/event/i.test(argument)) return ids.event;
      if (/project/i.test(argument)) return ids.project;
      if (/program/i.test(argument)) return ids.program;
      if (/^id$/.test(argument)) return ids.id;
      return ids.org;
    },
    input: (typeName) =>
      typeName === 'OrganizationInput'
        ? { id: ids.id, name: '인젝션', nameEn: 'Injection', kind: 'COMPANY' }
        : undefined,
  };
}

interface Outcome {
  target: string;
  payload: string;
  status: number;
  codes: string[];
  leaked: boolean;
}

async function send(app: TestApp, target: StringTarget, payloadName: string, value: string): Promise<Outcome> {
  const { query, variables } = target.request(value);
  const response = await app.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const body = JSON.parse(text) as GraphQLResponse;
  return {
    target: `${target.operation} ${target.field}(${target.path})`,
    payload: payloadName,
    status: response.status,
    codes: (body.errors ?? []).map((error) => String(error.extensions?.code)),
    leaked: LEAK.test(text),
  };
}

/** Runs `work` over `items`, `width` at a time. */
async function inBatches<T, R>(items: readonly T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += width)
    results.push(...(await Promise.all(items.slice(start, start + width).map(work))));
  return results;
}

const untyped = (outcomes: readonly Outcome[], allowed: ReadonlySet<string>) =>
  outcomes.filter(
    (outcome) => outcome.status >= 500 || outcome.leaked || outcome.codes.some((code) => !allowed.has(code)),
  );

beforeAll(async () => {
  data = await sampleDataset();
  await deletePrefix(reader.db, PREFIX);
  // Both apps' keys exist before any snapshot is taken.
  await reader.token();
  await writer.token();
});
afterAll(async () => {
  await deletePrefix(reader.db, PREFIX);
  await reader.close();
  await writer.close();
});

describe('the injection corpus', () => {
  it('reaches every string argument of every query without changing the graph', async () => {
    const baseline = baselineFrom({
      org: data.organizations[0]!.id,
      orgTo: data.organizations[1]!.id,
      hub: data.hubs[0]!.id,
      capability: data.capabilities[0]!.id,
      event: data.events[0]!.id,
      project: data.projects[0]!.id,
      program: data.programs[0]!.id,
      id: data.organizations[0]!.id,
    });
    const targets = stringTargets(schema, 'query', baseline);
    expect(targets.length).toBeGreaterThanOrEqual(30);
    const before = await dumpGraph(reader.db, '');
    const cases = targets.flatMap((target) => INJECTION_CORPUS.map((payload) => ({ target, payload })));
    const outcomes = await inBatches(cases, 8, ({ target, payload }) =>
      send(reader, target, payload.name, payload.value),
    );
    expect(untyped(outcomes, TYPED)).toEqual([]);
    expect(graphChanges(before, await dumpGraph(reader.db, ''))).toEqual([]);
  }, 600_000);

  it('reaches every string argument of every mutation, as staff, and changes nothing outside its ids', async () => {
    const make = (id: string, name: string) =>
      writer.graphql('mutation($input: OrganizationInput!) { upsertOrganization(input: $input) { id } }', {
        input: { id, name, nameEn: name, kind: 'COMPANY' },
      });
    expect((await make(`${PREFIX}A`, '인젝션에이')).errors).toBeUndefined();
    expect((await make(`${PREFIX}B`, '인젝션비')).errors).toBeUndefined();
    const baseline = baselineFrom({
      org: `${PREFIX}A`,
      orgTo: `${PREFIX}B`,
      hub: data.hubs[0]!.id,
      capability: data.capabilities[0]!.id,
      event: data.events[0]!.id,
      project: `${PREFIX}P`,
      program: `${PREFIX}G`,
      id: `${PREFIX}ID`,
    });
    const outside = async () =>
      new Map(
        (await dumpGraph(reader.db, ''))
          .filter((entry) => !ownedByTest(entry))
          .map((entry) => [`${entry.kind} ${entry.key}`, JSON.stringify(entry)]),
      );
    const targets = stringTargets(schema, 'mutation', baseline);
    expect(targets.length).toBeGreaterThanOrEqual(10);
    const before = await outside();
    const outcomes: Outcome[] = [];
    // One at a time: the mutations share their ids.
    for (const target of targets)
      for (const payload of INJECTION_CORPUS) outcomes.push(await send(writer, target, payload.name, payload.value));
    expect(untyped(outcomes, TYPED_WRITE)).toEqual([]);
    const after = await outside();
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
      (key) => before.get(key) !== after.get(key),
    );
    expect(changed).toEqual([]);
  }, 600_000);
});

/** The test's own nodes and links, the audit entries and key records its keys left, and the write counter. */
function ownedByTest(entry: DumpEntry): boolean {
  if (entry.key.includes(PREFIX)) return true;
  // Every acknowledged write raises the analytics' data version (docs/architecture.md): bookkeeping, not data.
  if (entry.labels.includes('DataVersion')) return true;
  const props = entry.props as { actor?: unknown; name?: unknown; entityId?: unknown };
  if (entry.labels.includes('AuditEntry')) return props.actor === writer.actorName || props.actor === reader.actorName;
  if (entry.labels.includes('ApiKey')) return props.name === writer.actorName || props.name === reader.actorName;
  return false;
}
