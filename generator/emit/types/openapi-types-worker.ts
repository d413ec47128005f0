import openapiTS, { astToString } from 'openapi-typescript';
import { serveWorker } from '../../util/worker.js';

// openapi-typescript on its own thread: for large specs it takes as long as the rest of generation together.
await serveWorker<string, string>(async (documentJson) => {
  const nodes = await openapiTS(JSON.parse(documentJson), { readWriteMarkers: true, silent: true });
  return astToString(nodes);
});
