import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { EnvironmentError, loadEnvironment } from '../../bot/config/environment.ts';

describe('environment configuration', () => {
  it('defaults to local mode on loopback, port 3978 and ./data', () => {
    const env = loadEnvironment({});
    expect(env).toMatchObject({ PORT: 3978, DATA_DIR: './data', localMode: true, listenHost: '127.0.0.1', LOG_LEVEL: 'info' });
  });

  it('lists every problem at once, naming each variable with an example', () => {
    let problems: string[] = [];
    try {
      loadEnvironment({ PORT: 'eighty', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      expect(error).toBeInstanceOf(EnvironmentError);
      problems = (error as EnvironmentError).problems;
    }
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/PORT: .*example: PORT=3978/);
    expect(problems.join('\n')).toMatch(/LOG_LEVEL: must be one of/);
    expect(problems.join('\n')).toMatch(/DATABASE_URL: must be a PostgreSQL URL/);
  });

  it('requires the password and tenant that go with an app id', () => {
    expect(() => loadEnvironment({ MicrosoftAppId: 'abc', MicrosoftAppType: 'SingleTenant' })).toThrow(/MicrosoftAppPassword[\s\S]*MicrosoftAppTenantId/);
  });

  it('refuses to listen beyond loopback without authentication', () => {
    expect(() => loadEnvironment({ HOST: '0.0.0.0' })).toThrow(/HOST: must be a loopback address/);
  });

  it('stops npm start with a message naming the bad variable', () => {
    const result = spawnSync(process.execPath, ['bot/main.ts'], { env: { ...process.env, PORT: 'not-a-port' }, encoding: 'utf8', timeout: 20_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT: must be a number');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('insight page sign-in settings', () => {
  const complete = {
    PUBLIC_URL: 'https://bot.example.org',
    INSIGHT_OIDC_ISSUER: 'https://login.microsoftonline.com/0a0b0c0d-1111-4222-8333-444455556666/v2.0',
    INSIGHT_OIDC_CLIENT_ID: 'insight-client',
    INSIGHT_OIDC_CLIENT_SECRET: 'client-secret',
    INSIGHT_SESSION_SECRET: 'a-session-secret-of-thirty-two-characters-or-more',
  };

  it('takes all five together', () => {
    expect(loadEnvironment(complete).insightSignIn).toEqual({
      publicUrl: 'https://bot.example.org',
      issuer: complete.INSIGHT_OIDC_ISSUER,
      clientId: 'insight-client',
      clientSecret: 'client-secret',
      sessionSecret: complete.INSIGHT_SESSION_SECRET,
    });
    expect(loadEnvironment({}).insightSignIn).toBeUndefined();
  });

  it('names each missing one when only some are set', () => {
    expect(() => loadEnvironment({ INSIGHT_OIDC_ISSUER: complete.INSIGHT_OIDC_ISSUER })).toThrow(/INSIGHT_OIDC_CLIENT_ID: is required with INSIGHT_OIDC_ISSUER/);
    expect(() => loadEnvironment({ ...complete, PUBLIC_URL: undefined })).toThrow(/PUBLIC_URL: is required with INSIGHT_OIDC_ISSUER/);
  });

  it('takes a public address alone, for links in chat, without turning sign-in on', () => {
    expect(loadEnvironment({ PUBLIC_URL: 'https://bot.example.org' }).insightSignIn).toBeUndefined();
  });

  it('refuses plain http away from this machine, a public address with a path, and a short session secret', () => {
    expect(() => loadEnvironment({ ...complete, INSIGHT_OIDC_ISSUER: 'http://login.example.org/v2.0' })).toThrow(/INSIGHT_OIDC_ISSUER: must use https/);
    expect(() => loadEnvironment({ ...complete, PUBLIC_URL: 'https://bot.example.org/insight' })).toThrow(/PUBLIC_URL: must be the bare address/);
    expect(() => loadEnvironment({ ...complete, INSIGHT_SESSION_SECRET: 'short' })).toThrow(/INSIGHT_SESSION_SECRET: must be at least 32 characters/);
  });
});
