import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORD_TYPES } from '../../knowledge/records/recordSchema.ts';
import { recordJsonSchema } from '../../bot/schema/recordJsonSchemas.ts';
import { SCHEMA_FOLDER, schemaFiles } from '../../bot/schema/schemaFiles.ts';
import { sampleRecords } from '../knowledge/records/sampleRecords.ts';
import { startBot, type BotUnderTest } from '../support/startBot.ts';

function validatorFor(schema: object) {
  // The schemas carry two annotations of their own (personalData, marking); a receiver's validator may ignore them.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

describe('the published record schemas (docs/schemas)', () => {
  it('are the ones the zod schemas generate: run `npm run schemas` after changing a record', () => {
    const published = readdirSync(SCHEMA_FOLDER)
      .filter((name) => name.endsWith('.schema.json'))
      .sort();
    const generated = schemaFiles();
    expect(published).toEqual(generated.map((file) => file.name).sort());
    for (const file of generated) expect(readFileSync(join(SCHEMA_FOLDER, file.name), 'utf8'), file.name).toBe(file.text);
  });

  it.each(RECORD_TYPES)('accept a valid %s and refuse one with a field missing or unknown', (type) => {
    const validate = validatorFor(recordJsonSchema(type));
    expect(validate(sampleRecords[type]), JSON.stringify(validate.errors)).toBe(true);

    const { boardId: _missing, ...withoutBoard } = sampleRecords[type];
    expect(validate(withoutBoard)).toBe(false);
    expect(validate({ ...sampleRecords[type], gossip: 'not a field' })).toBe(false);
  });

  it('mark the fields that hold personal data', () => {
    const subject = (recordJsonSchema('lado_referral').properties as Record<string, { properties: Record<string, { personalData?: boolean }> }>).subject;
    expect(subject?.properties.name?.personalData).toBe(true);
    expect(subject?.properties.dateOfBirth?.personalData).toBe(true);
  });
});

describe('the schema routes', () => {
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(() => bot.stop());

  it('list every record type at GET /api/schema', async () => {
    const response = await fetch(`${bot.baseUrl}/api/schema`);
    const body = (await response.json()) as { webhookSchemaVersion: number; schemas: Array<{ type: string; path: string }> };

    expect(response.status).toBe(200);
    expect(body.webhookSchemaVersion).toBe(1);
    expect(body.schemas.map((entry) => entry.type)).toEqual(RECORD_TYPES);
    expect(body.schemas[0]).toMatchObject({ type: 'threshold_consultation', title: 'Threshold consultation', path: '/api/schema/threshold_consultation' });
  });

  it('serve one record type as JSON Schema, identical to the published file', async () => {
    const response = await fetch(`${bot.baseUrl}/api/schema/lado_referral`);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/schema+json');
    expect(await response.json()).toEqual(JSON.parse(readFileSync(join(SCHEMA_FOLDER, 'lado_referral.schema.json'), 'utf8')));
  });

  it('answer 404 naming the known types for an unknown one', async () => {
    const response = await fetch(`${bot.baseUrl}/api/schema/gossip`);

    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: string }).error).toBe(`No record type "gossip". Record types: ${RECORD_TYPES.join(', ')}.`);
  });
});
