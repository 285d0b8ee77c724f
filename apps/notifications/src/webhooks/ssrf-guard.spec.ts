import { ForbiddenDestinationError, isPublicAddress, resolveAllowed } from './ssrf-guard';

describe('SSRF guard', () => {
  it('accepts public unicast addresses only', () => {
    expect(['8.8.8.8', '93.184.216.34', '2606:4700:4700::1111'].map(isPublicAddress)).toEqual([true, true, true]);
    const refused = ['127.0.0.1', '10.0.0.1', '172.16.5.4', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fe80::1', 'fc00::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '::7f00:1', '::a00:1', '::a9fe:a9fe', '::8.8.8.8', '::0808:0808', '224.0.0.1', '255.255.255.255', 'not-an-ip'];
    expect(refused.filter(isPublicAddress)).toEqual([]);
  });

  it('refuses a host name when any resolved address is private, and returns the checked address to connect to', async () => {
    const lookup = async (host: string) => (host === 'rebind.example' ? [{ address: '93.184.216.34', family: 4 }, { address: '127.0.0.1', family: 4 }] : [{ address: '93.184.216.34', family: 4 }]);
    await expect(resolveAllowed('rebind.example', false, lookup)).rejects.toThrow(ForbiddenDestinationError);
    await expect(resolveAllowed('rebind.example', false, lookup)).rejects.toThrow(/rebind\.example resolves to 127\.0\.0\.1/);
    await expect(resolveAllowed('good.example', false, lookup)).resolves.toEqual({ address: '93.184.216.34', family: 4 });
    await expect(resolveAllowed('[::1]', false, lookup)).rejects.toThrow(ForbiddenDestinationError);
    await expect(resolveAllowed('127.0.0.1', true, lookup)).resolves.toEqual({ address: '127.0.0.1', family: 4 });
  });
});
