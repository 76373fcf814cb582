const WHY = /^(why|why\?|why is that\??|what is (this|that) based on\??|source\??|sources\??)$/i;

/** "why?" at any step asks what the last statement rests on. */
export function isWhy(text: string): boolean {
  return WHY.test(text.trim());
}
