// The Neo4j GraphQL Library serving typeDefs.graphql over HTTP, for the query benchmark's "library" side.
//
//   NEO4J_URI=bolt://127.0.0.1:7687 [NEO4J_USERNAME=neo4j NEO4J_PASSWORD=...] [HOST=127.0.0.1] [PORT=4000] node server.mjs
//
// POST /graphql with {"query": ..., "variables": ...}, answered by graphql-http (the reference GraphQL over HTTP
// server) on node's own http module: the least machinery between the request and the library.
// It prints "listening on http://HOST:PORT/graphql" once it can answer, and exits non-zero with a message when
// the database cannot be reached.
import { readFileSync } from "node:fs";
import http from "node:http";

import { Neo4jGraphQL } from "@neo4j/graphql";
import { createHandler } from "graphql-http/lib/use/http";
import neo4j from "neo4j-driver";

const uri = process.env.NEO4J_URI;
if (!uri) {
  console.error("NEO4J_URI is not set (e.g. bolt://127.0.0.1:7687)");
  process.exit(2);
}
const host = process.env.HOST || "127.0.0.1";
const port = Number(process.env.PORT || 4000);
const auth = process.env.NEO4J_USERNAME
  ? neo4j.auth.basic(process.env.NEO4J_USERNAME, process.env.NEO4J_PASSWORD || "")
  : undefined; // no authentication

const driver = neo4j.driver(uri, auth, { connectionTimeout: 5000 });
try {
  await driver.verifyConnectivity();
}
catch (error) {
  console.error(`cannot reach the database at ${uri}: ${error.message}`);
  await driver.close();
  process.exit(3);
}

const typeDefs = readFileSync(new URL("./typeDefs.graphql", import.meta.url), "utf8");
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
// the library keeps per-request state in the context, so each request gets a fresh object
const graphql = createHandler({ schema, context: () => ({}) });

const server = http.createServer((req, res) => {
  const path = req.url.split("?")[0];
  if (path !== "/graphql") {
    res.writeHead(404).end();
    return;
  }
  graphql(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) {
      res.writeHead(500);
    }
    res.end();
  });
});
server.keepAliveTimeout = 60_000;
server.on("error", async (error) => {
  console.error(`cannot listen on ${host}:${port}: ${error.message}`);
  await driver.close();
  process.exit(4);
});

const stop = () => {
  server.close(() => driver.close().then(() => process.exit(0)));
  server.closeAllConnections();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);

server.listen(port, host, () => {
  const { port: actual } = server.address();
  console.log(`listening on http://${host}:${actual}/graphql (@neo4j/graphql against ${uri}, node ${process.version})`);
});
