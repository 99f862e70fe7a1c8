// Asks the product's own API in a browser test, to compare what the page shows with what the API answers.
export async function queryApi<T>(
  serverUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(`${serverUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors !== undefined || body.data === undefined)
    throw new Error(`e2e: the API answered ${JSON.stringify(body.errors)}`);
  return body.data;
}
