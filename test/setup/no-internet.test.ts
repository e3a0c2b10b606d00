import { request } from 'undici';
import { expect, it } from 'vitest';
it('fails a test that tries to reach a host beyond loopback', async () => {
  await expect(request('http://example.com/')).rejects.toThrow(/tried to connect to example.com/);
});
