import { createHmac } from 'node:crypto';
import { request } from 'undici';

/** `sha256=<hex HMAC-SHA256>` of a body, as GitHub signs a webhook delivery. */
export function signDelivery(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * POSTs one delivery as GitHub does: the event header, the JSON body and its signature with `secret` (or the given
 * `signature`; '' sends none). Returns the status and the body as text.
 */
export async function sendDelivery(url: string, event: string, payload: unknown, secret: string, signature?: string): Promise<{ status: number; text: string }> {
  const body = JSON.stringify(payload);
  const headers: Record<string, string> = { 'x-github-event': event, 'content-type': 'application/json' };
  const signed = signature ?? signDelivery(body, secret);
  if (signed !== '') headers['x-hub-signature-256'] = signed;
  const response = await request(url, { method: 'POST', body, headers });
  return { status: response.statusCode, text: await response.body.text() };
}
