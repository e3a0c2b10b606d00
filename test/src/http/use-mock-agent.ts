import { MockAgent } from 'undici';
import { afterEach, beforeEach } from 'vitest';

/** A fresh MockAgent per test: no real network, and every interceptor must be used. */
export function useMockAgent(): { readonly agent: MockAgent } {
  const holder = { agent: new MockAgent() };
  beforeEach(() => {
    holder.agent = new MockAgent();
    holder.agent.disableNetConnect();
  });
  afterEach(async () => {
    holder.agent.assertNoPendingInterceptors();
    await holder.agent.close();
  });
  return holder;
}
