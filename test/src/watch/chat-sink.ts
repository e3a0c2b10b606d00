import { request } from 'undici';
import type { ChannelPoster, PostTarget } from '../../../src/watch/poster.js';
import type { Ping } from '../../../src/watch/ping.js';
import { sendJson, startStandIn, type SeenRequest, type StandInServer } from '../../stand-ins/http-stand-in.js';

export interface SinkPost {
  target: PostTarget;
  key: string;
  ping: Ping;
}

/**
 * A chat platform on loopback for the crash tests: it keeps the posts it accepted (across the watcher's deaths)
 * and answers whether a key was posted, like Slack's message metadata search.
 */
export interface ChatSink extends StandInServer {
  posts: SinkPost[];
  /** Called when a post arrives; `accept` false drops it unseen. Return 'hang' to never answer (the test kills). */
  onPost: ((post: SinkPost) => { accept: boolean; hang: boolean }) | null;
}

export async function startChatSink(): Promise<ChatSink> {
  const sink = (await startStandIn((req, res) => {
    if (req.path === '/post') {
      const post = JSON.parse(req.body) as SinkPost;
      const decision = sink.onPost?.(post) ?? { accept: true, hang: false };
      if (decision.accept) sink.posts.push(post);
      if (!decision.hang) sendJson(res, 200, { ok: true });
      return;
    }
    const url = new URL(req.path, sink.url);
    sendJson(res, 200, { posted: sink.posts.some((post) => post.key === url.searchParams.get('key') && post.target.channelId === url.searchParams.get('channel')) });
  })) as ChatSink;
  sink.posts = [];
  sink.onPost = null;
  return sink;
}

/** The child watcher's poster: posts to the sink and asks it, like an adapter asks its platform. */
export class SinkPoster implements ChannelPoster {
  private readonly url: string;

  constructor(url: string) {
    this.url = url;
  }

  async post(target: PostTarget, ping: Ping, key: string): Promise<'posted'> {
    const response = await request(`${this.url}/post`, { method: 'POST', body: JSON.stringify({ target, ping, key }) });
    await response.body.text();
    if (response.statusCode !== 200) throw new Error(`sink answered ${response.statusCode}`);
    return 'posted';
  }

  async wasPosted(target: PostTarget, key: string): Promise<boolean> {
    const response = await request(`${this.url}/posted?channel=${encodeURIComponent(target.channelId)}&key=${encodeURIComponent(key)}`);
    return ((await response.body.json()) as { posted: boolean }).posted;
  }
}

export type { SeenRequest };
