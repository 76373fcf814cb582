import { isIP } from 'node:net';

/** Where an address leads, for the ones a board's webhook must not point at without saying why (or at all). */
export type AddressCategory = 'loopback' | 'private' | 'link-local' | 'cloud metadata' | 'unspecified' | 'multicast or reserved';

/** Names that lead to this machine or to a cloud provider's instance metadata service. */
const METADATA_NAMES = new Set(['metadata', 'metadata.google.internal', 'metadata.goog', 'instance-data', 'instance-data.ec2.internal']);

/** IPv4 ranges, most specific first. */
const IPV4_RANGES: ReadonlyArray<[string, number, AddressCategory]> = [
  ['169.254.169.254', 32, 'cloud metadata'],
  ['100.100.100.200', 32, 'cloud metadata'],
  ['0.0.0.0', 8, 'unspecified'],
  ['127.0.0.0', 8, 'loopback'],
  ['10.0.0.0', 8, 'private'],
  ['172.16.0.0', 12, 'private'],
  ['192.168.0.0', 16, 'private'],
  ['100.64.0.0', 10, 'private'],
  ['198.18.0.0', 15, 'private'],
  ['169.254.0.0', 16, 'link-local'],
  ['192.0.0.0', 24, 'multicast or reserved'],
  ['224.0.0.0', 4, 'multicast or reserved'],
  ['240.0.0.0', 4, 'multicast or reserved'],
];

function ipv4Number(address: string): number {
  return address.split('.').reduce((value, part) => value * 256 + Number(part), 0);
}

function ipv4Category(address: string): AddressCategory | undefined {
  const value = ipv4Number(address);
  return IPV4_RANGES.find(([base, bits]) => Math.floor(value / 2 ** (32 - bits)) === Math.floor(ipv4Number(base) / 2 ** (32 - bits)))?.[2];
}

/** The eight 16-bit groups of an IPv6 address ('::' expanded, a trailing dotted quad converted). */
function ipv6Groups(address: string): number[] {
  let text = address;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  if (dotted) {
    const value = ipv4Number(dotted);
    text = `${text.slice(0, -dotted.length)}${Math.floor(value / 65536).toString(16)}:${(value % 65536).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((group) => Number.parseInt(group, 16)));
  const front = parse(head);
  const back = tail === undefined ? [] : parse(tail);
  return [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];
}

function embeddedIpv4(groups: number[]): string {
  const [high = 0, low = 0] = groups.slice(6);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

function ipv6Category(address: string): AddressCategory | undefined {
  const groups = ipv6Groups(address);
  const [first = 0] = groups;
  const zeroUpTo = (count: number) => groups.slice(0, count).every((group) => group === 0);
  if (zeroUpTo(8)) return 'unspecified';
  if (zeroUpTo(7) && groups[7] === 1) return 'loopback';
  if (zeroUpTo(5) && groups[5] === 0xffff) return ipv4Category(embeddedIpv4(groups)); // IPv4-mapped
  if (first === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((group) => group === 0)) return ipv4Category(embeddedIpv4(groups)); // NAT64
  if ((first & 0xffc0) === 0xfe80) return 'link-local';
  if ((first & 0xfe00) === 0xfc00) return 'private';
  if ((first & 0xff00) === 0xff00) return 'multicast or reserved';
  return undefined;
}

/**
 * What a host name or address (as in a URL, IPv6 in brackets or not) leads to, when it is not the public internet:
 * loopback, private ranges (RFC 1918, carrier-grade NAT, unique local IPv6), link-local, cloud metadata services,
 * unspecified, multicast and reserved. Undefined for a public address or an ordinary name (whose resolved
 * address is checked again when a record is sent).
 */
export function addressCategory(host: string): AddressCategory | undefined {
  const name = host
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '')
    .toLowerCase();
  if (name === 'localhost' || name.endsWith('.localhost')) return 'loopback';
  if (METADATA_NAMES.has(name)) return 'cloud metadata';
  const version = isIP(name);
  if (version === 4) return ipv4Category(name);
  if (version === 6) return ipv6Category(name);
  return undefined;
}
