/** A single-tenant Bot Framework registration for tests: with it set, the bot checks every request's token. */
export const TEST_APP_ID = '11111111-2222-3333-4444-555555555555';

export const TEST_APP_REGISTRATION = {
  MicrosoftAppId: TEST_APP_ID,
  MicrosoftAppPassword: 'test-secret',
  MicrosoftAppType: 'SingleTenant',
  MicrosoftAppTenantId: '66666666-7777-8888-9999-000000000000',
} as const;
