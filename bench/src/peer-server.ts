// The peer: @neo4j/graphql (Neo4j's own GraphQL library, generated Cypher) over the same database, served by the
// same graphql-yoga in its own process, as ours is. Run by bench/src/peer-vs-api.ts; env NEO4J_URI, NEO4J_USER,
// NEO4J_PASSWORD and PORT.
// Imports neo4j-driver itself (eslint.config.js exempts the bench's baselines): the library takes a driver.
import { createServer } from 'node:http';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { PEER_TYPE_DEFS } from './peer-type-defs.ts';

const uri = process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7721';
const port = Number(process.env.PORT ?? 7726);
const auth =
  process.env.NEO4J_USER !== undefined
    ? neo4j.auth.basic(process.env.NEO4J_USER, process.env.NEO4J_PASSWORD ?? '')
    : undefined;
const driver = neo4j.driver(uri, auth, { userAgent: 'siheung-bench-peer/0.1' });
const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
const yoga = createYoga({ schema, graphqlEndpoint: '/graphql', logging: false, landingPage: false, graphiql: false });
const server = createServer(yoga);
server.listen(port, '127.0.0.1', () => console.log(`peer: listening on http://127.0.0.1:${port}`));
const stop = (): void => void driver.close().finally(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
