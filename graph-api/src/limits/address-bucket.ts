// Which per-IP bucket an address counts against. IPv6 users are usually handed a whole /64 (RFC 6177), so keying on the
// full address would give each of them 2^64 buckets and let them flush others' entries out of the bounded bucket map;
// an IPv6 address therefore counts as its /64, an IPv4 address (also written IPv4-mapped) as itself.
import ipaddr from 'ipaddr.js';

const IPV6_PREFIX_BITS = 64;

/** The bucket name of an address: `203.0.113.7`, or an IPv6 prefix such as `2001:db8:0:1::/64`; `unknown` if none. */
export function addressBucket(address: string | null): string {
  if (address === null || !ipaddr.isValid(address)) return address ?? 'unknown';
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const network = ipaddr.IPv6.networkAddressFromCIDR(`${parsed.toString()}/${IPV6_PREFIX_BITS}`);
  return `${network.toString()}/${IPV6_PREFIX_BITS}`;
}
