import type restify from 'restify';
import { isRecordType, RECORD_TYPES } from '../../knowledge/records/recordSchema.ts';
import { WEBHOOK_SCHEMA_VERSION } from '../delivery/webhookDocument.ts';
import { listRecordSchemas, recordJsonSchema } from './recordJsonSchemas.ts';

/** GET /api/schema lists the record types; GET /api/schema/<type> is one record's JSON Schema. Public: no case data. */
export function registerSchemaRoutes(server: restify.Server): void {
  server.get('/api/schema', async (_req, res) => {
    res.send(200, { webhookSchemaVersion: WEBHOOK_SCHEMA_VERSION, schemas: listRecordSchemas() });
  });

  server.get('/api/schema/:type', async (req, res) => {
    const type = String(req.params.type ?? '');
    if (!isRecordType(type)) {
      res.send(404, { error: `No record type "${type.slice(0, 60)}". Record types: ${RECORD_TYPES.join(', ')}.` });
      return;
    }
    res.sendRaw(200, JSON.stringify(recordJsonSchema(type)), { 'content-type': 'application/schema+json' });
  });
}
