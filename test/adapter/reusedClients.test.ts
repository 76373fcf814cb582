import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { ClaimsIdentity } from 'botframework-connector';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReusedClients } from '../../bot/adapter/reusedClients.ts';
import { FakeConnector } from '../support/fakeConnector.ts';

describe('connector clients reused across turns', () => {
  const connectors = [new FakeConnector(), new FakeConnector()] as const;
  beforeAll(() => Promise.all(connectors.map((connector) => connector.start())));
  afterAll(() => Promise.all(connectors.map((connector) => connector.stop())));

  it('sends each turn’s replies to its own service URL, turn after turn', async () => {
    const authentication = new ReusedClients(new ConfigurationBotFrameworkAuthentication({}));
    const identity = new ClaimsIdentity([], true);
    const [first, second] = connectors;
    const turns = [first, second, first, second, first].map((connector, turn) => ({ connector, turn }));

    for (const { connector, turn } of turns) {
      const client = await authentication.createConnectorFactory(identity).create(connector.url);
      await client.conversations.sendToConversation(`conversation-${turn}`, { type: 'message', text: `reply ${turn}` });
    }

    expect(connectors[0].sent().map((reply) => reply.text)).toEqual(['reply 0', 'reply 2', 'reply 4']);
    expect(connectors[1].sent().map((reply) => reply.text)).toEqual(['reply 1', 'reply 3']);
  });

  it('builds one client per service URL, not one per turn', async () => {
    const authentication = new ReusedClients(new ConfigurationBotFrameworkAuthentication({}));
    const identity = new ClaimsIdentity([], true);
    const first = await authentication.createConnectorFactory(identity).create(connectors[0].url);
    const again = await authentication.createConnectorFactory(identity).create(connectors[0].url);
    const other = await authentication.createConnectorFactory(identity).create(connectors[1].url);
    expect(again).toBe(first);
    expect(other).not.toBe(first);
  });
});
