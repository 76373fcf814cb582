import { z } from 'zod';

const LOOPBACK_HOSTS = ['127.0.0.1', '::1', 'localhost'];

/** Each variable, with an example that is shown when the value is wrong. */
const examples: Record<string, string> = {
  PORT: '3978',
  HOST: '0.0.0.0',
  DATA_DIR: './data',
  DATABASE_URL: 'postgres://user:password@db.example.org:5432/safeguarding',
  MicrosoftAppId: '00000000-0000-0000-0000-000000000000',
  MicrosoftAppPassword: '(the client secret of the bot registration)',
  MicrosoftAppType: 'SingleTenant',
  MicrosoftAppTenantId: '00000000-0000-0000-0000-000000000000',
  LOG_LEVEL: 'info',
  BOARD_CONFIG_DIR: './knowledge/data/boards',
  DEFAULT_BOARD_ID: 'sample-partnership',
  DELIVERY_POLL_INTERVAL_MS: '5000',
  DELIVERY_MAX_ATTEMPTS: '12',
  DELIVERY_RETRY_BASE_MS: '60000',
  DELIVERY_RETRY_MAX_DELAY_MS: '28800000',
  SLACK_API_URL: 'https://slack.com/api/',
  BotOpenIdMetadata: 'https://login.botframework.com/v1/.well-known/openidconfiguration',
  METRICS_TOKEN: '(a random string of 32 or more characters, e.g. from openssl rand -hex 32)',
  LOCAL_CONNECTOR_URL: 'http://127.0.0.1:3979',
  PUBLIC_URL: 'https://safeguarding-bot.example.org',
  INSIGHT_OIDC_ISSUER: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0',
  INSIGHT_OIDC_CLIENT_ID: '00000000-0000-0000-0000-000000000000',
  INSIGHT_OIDC_CLIENT_SECRET: '(the client secret of the insight page app registration)',
  INSIGHT_SESSION_SECRET: '(a random string of 32 or more characters, e.g. from openssl rand -hex 32)',
  GRAPH_API_URL: 'https://graph.microsoft.com/v1.0/',
  GRAPH_LOGIN_URL: 'https://login.microsoftonline.com/',
  GRAPH_MEMBERSHIP_CACHE_SECONDS: '600',
  GRAPH_LAST_KNOWN_MAX_MINUTES: '1440',
};

/** The insight page's sign-in settings, with PUBLIC_URL: all of them or none (then the page is not served outside local mode). */
const INSIGHT_SIGN_IN_VARIABLES = ['INSIGHT_OIDC_ISSUER', 'INSIGHT_OIDC_CLIENT_ID', 'INSIGHT_OIDC_CLIENT_SECRET', 'INSIGHT_SESSION_SECRET'] as const;

/** Board webhook secrets: each board's configuration names its variable, which must start with this. */
const WEBHOOK_SECRET_VARIABLE = /^WEBHOOK_SECRET_[A-Z0-9_]+$/;

/** Slack credentials: each board's workspaces name a bot token and a signing secret variable, which must start with these. */
export const SLACK_CREDENTIAL_VARIABLE = /^SLACK_(BOT_TOKEN|SIGNING_SECRET)_[A-Z0-9_]+$/;

const isLoopbackUrl = (value: string) => LOOPBACK_HOSTS.includes(new URL(value).hostname.replace(/^\[(.*)\]$/, '$1'));

const emptyAsUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalText = z.preprocess(emptyAsUndefined, z.string().trim().optional());
const positiveWholeNumber = (fallback: number) =>
  z.preprocess(emptyAsUndefined, z.coerce.number({ error: 'must be a number' }).int('must be a whole number').positive('must be 1 or more').default(fallback));

const httpsUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
  .refine((url) => url.startsWith('https:') || isLoopbackUrl(url), 'must use https (plain http only on 127.0.0.1 or localhost)');
const optionalHttpsUrl = z.preprocess(emptyAsUndefined, httpsUrl.optional());
/** An https address ending in '/', or plain http on a loopback host (a local stand-in in tests). */
const secureUrl = (fallback: string) => z.preprocess(emptyAsUndefined, httpsUrl.transform((url) => (url.endsWith('/') ? url : `${url}/`)).default(fallback));

const environmentSchema = z
  .object({
    PORT: z.preprocess(
      emptyAsUndefined,
      z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(0, 'must be 0 (any free port) or more').max(65535, 'must be 65535 or less').default(3978),
    ),
    HOST: optionalText,
    DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('./data')),
    DATABASE_URL: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must be a PostgreSQL URL starting with postgres://')
        .optional(),
    ),
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppType: z.preprocess(
      emptyAsUndefined,
      z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], { error: 'must be MultiTenant, SingleTenant or UserAssignedMSI' }).default('MultiTenant'),
    ),
    MicrosoftAppTenantId: optionalText,
    LOG_LEVEL: z.preprocess(
      emptyAsUndefined,
      z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'must be one of fatal, error, warn, info, debug, trace, silent' }).default('info'),
    ),
    BOARD_CONFIG_DIR: optionalText,
    DEFAULT_BOARD_ID: z.preprocess(emptyAsUndefined, z.string().default('sample-partnership')),
    DELIVERY_POLL_INTERVAL_MS: positiveWholeNumber(5000),
    DELIVERY_MAX_ATTEMPTS: positiveWholeNumber(12),
    DELIVERY_RETRY_BASE_MS: positiveWholeNumber(60_000),
    DELIVERY_RETRY_MAX_DELAY_MS: positiveWholeNumber(8 * 60 * 60_000),
    SLACK_API_URL: z.preprocess(
      emptyAsUndefined,
      z
        .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
        .transform((url) => (url.endsWith('/') ? url : `${url}/`))
        .default('https://slack.com/api/'),
    ),
    BotOpenIdMetadata: optionalHttpsUrl,
    METRICS_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(32, 'must be at least 32 characters').optional()),
    GRAPH_API_URL: secureUrl('https://graph.microsoft.com/v1.0/'),
    GRAPH_LOGIN_URL: secureUrl('https://login.microsoftonline.com/'),
    GRAPH_MEMBERSHIP_CACHE_SECONDS: positiveWholeNumber(600),
    GRAPH_LAST_KNOWN_MAX_MINUTES: positiveWholeNumber(24 * 60),
    LOCAL_CONNECTOR_URL: z.preprocess(
      emptyAsUndefined,
      z
        .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
        .refine(isLoopbackUrl, 'must be on 127.0.0.1 or localhost')
        .optional(),
    ),
    /** Where people reach this server: links in chat (the insight page) and the sign-in redirect are under it. */
    PUBLIC_URL: z.preprocess(
      emptyAsUndefined,
      httpsUrl
        .refine((url) => new URL(url).pathname === '/' && !new URL(url).search, 'must be the bare address of the server, without a path')
        .transform((url) => new URL(url).origin)
        .optional(),
    ),
    INSIGHT_OIDC_ISSUER: optionalHttpsUrl,
    INSIGHT_OIDC_CLIENT_ID: optionalText,
    INSIGHT_OIDC_CLIENT_SECRET: optionalText,
    INSIGHT_SESSION_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32, 'must be at least 32 characters').optional()),
  })
  .superRefine((env, context) => {
    const problem = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
    if (env.MicrosoftAppId) {
      if (!env.MicrosoftAppPassword && env.MicrosoftAppType !== 'UserAssignedMSI') {
        problem('MicrosoftAppPassword', 'is required when MicrosoftAppId is set');
      }
      if (env.MicrosoftAppType !== 'MultiTenant' && !env.MicrosoftAppTenantId) {
        problem('MicrosoftAppTenantId', `is required when MicrosoftAppType is ${env.MicrosoftAppType}`);
      }
      if (env.LOCAL_CONNECTOR_URL) problem('LOCAL_CONNECTOR_URL', 'is for local mode only; leave it empty when MicrosoftAppId is set');
    } else if (env.HOST && !LOOPBACK_HOSTS.includes(env.HOST)) {
      problem('HOST', 'must be a loopback address (127.0.0.1) while MicrosoftAppId is not set: local mode has no authentication');
    }
    const insightSettings = INSIGHT_SIGN_IN_VARIABLES.filter((name) => env[name] !== undefined);
    if (insightSettings.length > 0) {
      for (const name of INSIGHT_SIGN_IN_VARIABLES) {
        if (env[name] === undefined) problem(name, `is required with ${insightSettings.join(', ')}: the insight page's sign-in needs all of ${INSIGHT_SIGN_IN_VARIABLES.join(', ')}`);
      }
      if (env.PUBLIC_URL === undefined) problem('PUBLIC_URL', `is required with ${insightSettings.join(', ')}: the insight page's sign-in redirect is under it`);
    }
  });

export type Environment = z.infer<typeof environmentSchema> & {
  /** True when no app id is configured: no authentication, loopback only, local chat page on. */
  localMode: boolean;
  /** The address the server listens on. */
  listenHost: string;
  /** Every WEBHOOK_SECRET_* variable that is set, by name. */
  webhookSecrets: Readonly<Record<string, string>>;
  /** Every SLACK_BOT_TOKEN_* and SLACK_SIGNING_SECRET_* variable that is set, by name. */
  slackCredentials: Readonly<Record<string, string>>;
  /** Sign-in with an OpenID Connect provider (Microsoft Entra ID) for the insight page, when configured. */
  insightSignIn: InsightSignInSettings | undefined;
};

export interface InsightSignInSettings {
  /** Where browsers reach this server, e.g. https://safeguarding-bot.example.org; the redirect URI is under it. */
  publicUrl: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  sessionSecret: string;
}

export const ENVIRONMENT_VARIABLES = Object.keys(examples);

export class EnvironmentError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The bot cannot start: ${problems.length} configuration problem(s):\n${problems.map((line) => `  - ${line}`).join('\n')}\nSee deploy/.env.example for every variable.`);
    this.name = 'EnvironmentError';
    this.problems = problems;
  }
}

function insightSignInOf(env: z.infer<typeof environmentSchema>): InsightSignInSettings | undefined {
  const { PUBLIC_URL, INSIGHT_OIDC_ISSUER, INSIGHT_OIDC_CLIENT_ID, INSIGHT_OIDC_CLIENT_SECRET, INSIGHT_SESSION_SECRET } = env;
  if (!PUBLIC_URL || !INSIGHT_OIDC_ISSUER || !INSIGHT_OIDC_CLIENT_ID || !INSIGHT_OIDC_CLIENT_SECRET || !INSIGHT_SESSION_SECRET) return undefined;
  return { publicUrl: PUBLIC_URL, issuer: INSIGHT_OIDC_ISSUER, clientId: INSIGHT_OIDC_CLIENT_ID, clientSecret: INSIGHT_OIDC_CLIENT_SECRET, sessionSecret: INSIGHT_SESSION_SECRET };
}

/** Reads the process environment. Throws EnvironmentError listing every problem at once. */
export function loadEnvironment(source: Record<string, string | undefined>): Environment {
  const parsed = environmentSchema.safeParse(source);
  if (!parsed.success) {
    throw new EnvironmentError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'environment');
        const example = examples[name];
        return `${name}: ${issue.message}${example ? ` (example: ${name}=${example})` : ''}`;
      }),
    );
  }
  const env = parsed.data;
  const localMode = !env.MicrosoftAppId;
  const variablesLike = (pattern: RegExp) => Object.fromEntries(Object.entries(source).filter((entry): entry is [string, string] => pattern.test(entry[0]) && !!entry[1]?.trim()));
  return {
    ...env,
    localMode,
    listenHost: env.HOST ?? (localMode ? '127.0.0.1' : '0.0.0.0'),
    webhookSecrets: variablesLike(WEBHOOK_SECRET_VARIABLE),
    slackCredentials: variablesLike(SLACK_CREDENTIAL_VARIABLE),
    insightSignIn: insightSignInOf(env),
  };
}
