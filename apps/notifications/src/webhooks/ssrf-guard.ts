import dns from 'node:dns';
import net from 'node:net';
import ipaddr from 'ipaddr.js';

/** A destination refused because it is not a public unicast address. */
export class ForbiddenDestinationError extends Error {
  readonly code = 'EFORBIDDENDEST';
}

/**
 * Whether an address is public unicast. Private (RFC 1918, unique-local), loopback,
 * link-local (cloud metadata), carrier-grade NAT, multicast, reserved and unspecified
 * addresses are not; IPv4-mapped IPv6 addresses are judged as their IPv4 address. The deprecated
 * IPv4-compatible block `::/96` (e.g. `[::7f00:1]`, which some stacks route to 127.0.0.1) is refused.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  // ipaddr.js reads `::1.2.3.4` as `::ffff:1.2.3.4`; the WHATWG URL parser (as the socket does) keeps it IPv4-compatible.
  if (net.isIPv6(address)) address = new URL(`http://[${address}]`).hostname.slice(1, -1);
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).parts.slice(0, 6).every((p) => p === 0)) return false;
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  return ip.range() === 'unicast';
}

type LookupAll = (hostname: string) => Promise<Array<{ address: string; family: number }>>;
const systemLookup: LookupAll = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

/**
 * Resolves a host and returns an address to connect to, refusing when any resolved address
 * is not public (unless private networks are allowed). The caller connects to the returned
 * address itself, so a second DNS answer (rebinding) cannot change where the request goes.
 */
export async function resolveAllowed(hostname: string, allowPrivate: boolean, lookup: LookupAll = systemLookup): Promise<{ address: string; family: number }> {
  const bare = hostname.replace(/^\[|\]$/g, '');
  const addresses = net.isIP(bare) ? [{ address: bare, family: net.isIP(bare) }] : await lookup(bare);
  if (!addresses.length) throw new Error(`${hostname} has no address`);
  if (!allowPrivate) {
    const bad = addresses.find((a) => !isPublicAddress(a.address));
    if (bad) throw new ForbiddenDestinationError(`refused: ${hostname} resolves to ${bad.address}, which is not a public address (set WEBHOOK_ALLOW_PRIVATE_NETWORKS=true to allow)`);
  }
  return addresses[0]!;
}

/** A `lookup` for http.request that applies `resolveAllowed`. */
export function guardedLookup(allowPrivate: boolean, lookup?: LookupAll): net.LookupFunction {
  return ((hostname: string, options: dns.LookupOptions, callback: (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void) => {
    resolveAllowed(hostname, allowPrivate, lookup).then(
      (a) => (options?.all ? callback(null, [{ address: a.address, family: a.family }]) : callback(null, a.address, a.family)),
      (err: Error) => callback(err as NodeJS.ErrnoException, '', 0),
    );
  }) as net.LookupFunction;
}
