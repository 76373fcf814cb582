/** Where the bot may send its replies: the serviceUrl of an incoming activity, checked before the turn runs. */
export interface ServiceUrlPolicy {
  /** Undefined when the bot may reply there; otherwise the reason, for a 400 answer. */
  problemWith(serviceUrl: string): string | undefined;
}

const withoutTrailingSlash = (url: URL) => `${url.origin}${url.pathname.replace(/\/+$/, '')}`;

/**
 * With an app id: Bot Framework channels, over https only. In local mode: only the local connectors (the built-in
 * chat bridge, or a test's fake connector), so a request from elsewhere cannot make the bot post a record to a
 * server of its choosing. The local connectors are known once the server listens, hence a function.
 */
export function serviceUrlPolicy(localMode: boolean, localConnectors: () => readonly string[]): ServiceUrlPolicy {
  return {
    problemWith(serviceUrl) {
      const url = new URL(serviceUrl);
      if (url.username || url.password) return 'serviceUrl must not carry credentials';
      if (!localMode) return url.protocol === 'https:' ? undefined : 'serviceUrl must use https';
      const allowed = localConnectors().map((connector) => withoutTrailingSlash(new URL(connector)));
      return allowed.includes(withoutTrailingSlash(url)) ? undefined : "in local mode the bot replies only to the local chat bridge's own serviceUrl";
    },
  };
}
