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
