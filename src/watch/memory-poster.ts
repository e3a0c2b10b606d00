import type { ChannelPoster, PostOutcome, PostTarget } from './poster.js';
import type { Ping } from './ping.js';

export interface RecordedPost {
  target: PostTarget;
  ping: Ping;
  key: string;
}

/**
 * A poster that keeps what it is sent, for tests, the benchmark and the terminal chat. It can fail the next posts
 * (`failNext`), accept a post and then fail as if the connection dropped (`loseNextAck`), or refuse a channel.
 */
export class MemoryPoster implements ChannelPoster {
  readonly posts: RecordedPost[] = [];
  failNext = 0;
  loseNextAck = 0;
  readonly refusedChannels = new Set<string>();
  /** Called with each accepted post (the benchmark times delivery here). */
  onPost: ((post: RecordedPost) => void) | null = null;

  async post(target: PostTarget, ping: Ping, key: string): Promise<PostOutcome> {
    if (this.refusedChannels.has(target.channelId)) return 'refused';
    if (this.failNext > 0) {
      this.failNext--;
      throw new Error('stand-in post failed');
    }
    const post = { target, ping, key };
    this.posts.push(post);
    this.onPost?.(post);
    if (this.loseNextAck > 0) {
      this.loseNextAck--;
      throw new Error('stand-in lost the answer after accepting');
    }
    return 'posted';
  }

  async wasPosted(target: PostTarget, key: string): Promise<boolean> {
    return this.posts.some((post) => post.key === key && post.target.channelId === target.channelId && post.target.platform === target.platform);
  }
}
