// docs/api.md stays true: every query example runs against the sample data without errors and every
// mutation example is valid against the schema (mutations are not run: they would change the shared data).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, validate } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/test-app.ts';
import { sdlSchema } from './printed-schema.ts';

const DOC = resolve(import.meta.dirname, '../../../docs/api.md');

interface Example {
  name: string;
  document: string;
  variables: Record<string, unknown>;
}

/** Each ```graphql block, with the ```json block right after it as its variables. */
function examples(markdown: string): Example[] {
  const blocks = [...markdown.matchAll(/```graphql\n([\s\S]*?)```(\s*```json\n([\s\S]*?)```)?/g)];
  return blocks.map((block) => {
    const document = block[1]!;
    const name = /(?:query|mutation)\s+(\w+)/.exec(document)?.[1] ?? document.slice(0, 40);
    return { name, document, variables: block[3] ? (JSON.parse(block[3]) as Record<string, unknown>) : {} };
  });
}

const all = examples(readFileSync(DOC, 'utf8'));
const testApp = createTestApp({ role: 'staff' });
afterAll(() => testApp.close());

describe('docs/api.md', () => {
  it('has an example of every query and mutation of the domain API', () => {
    const used = all.map((example) => example.document).join('\n');
    for (const field of [
      'organization',
      'organizations',
      'hubs',
      'hub',
      'capabilities',
      'capability',
      'programs',
      'program',
      'events',
      'event',
      'projects',
      'project',
      'collaboration',
      'upsertOrganization',
      'addCollaboration',
      'endCollaboration',
      'setCapabilities',
      'setNeeds',
      'recordAttendance',
    ]) {
      expect(used, field).toMatch(new RegExp(`\\b${field}\\(|\\b${field} \\{`));
    }
  });

  it.each(
    all
      .filter((example) => example.document.trimStart().startsWith('mutation'))
      .map((example) => [example.name, example] as const),
  )('mutation %s is valid against the schema', (_, example) => {
    expect(validate(sdlSchema(), parse(example.document)).map((error) => error.message)).toEqual([]);
  });

  it.each(
    all
      .filter((example) => !example.document.trimStart().startsWith('mutation'))
      .map((example) => [example.name, example] as const),
  )('query %s runs against the sample data', async (_, example) => {
    const result = await testApp.graphql(example.document, example.variables);
    expect(result.errors).toBeUndefined();
    expect(JSON.stringify(result.data)).not.toBe('{}');
  });
});
