import { Kafka, logLevel } from 'kafkajs';
import { startSystem } from './app-processes';
import { eventually, readJson, testInfrastructure } from './test-env';
import { tokenFor } from './tokens';
import { readTopics } from './topic-reader';

export type System = Awaited<ReturnType<typeof startSystem>>;

export interface SeenEvent {
  topic: string;
  key: string | null;
  headers: Record<string, string>;
  data: any;
}

/** Reads every event on the given (unprefixed) topics of a namespace, from the beginning. */
export async function observeTopics(system: System, groupId: string, topics: string[]) {
  const kafka = new Kafka({ clientId: `${groupId}-observer`, brokers: (system.envs['comments-api'].KAFKA_BROKERS ?? testInfrastructure().kafkaBrokers).split(','), logLevel: logLevel.NOTHING });
  const seen: SeenEvent[] = [];
  const reader = await readTopics(kafka, {
    groupId,
    topics: topics.map((t) => `${system.topicPrefix}${t}`),
    eachMessage: async ({ topic, message }) => {
      const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]));
      seen.push({ topic: topic.slice(system.topicPrefix.length), key: message.key?.toString() ?? null, headers, data: JSON.parse(message.value!.toString()) });
    },
  });
  return {
    seen,
    /** Events of one CloudEvents type matching a predicate. */
    of: (type: string, where: (data: any) => boolean = () => true) => seen.filter((e) => e.headers.ce_type === type && where(e.data)),
    stop: () => reader.stop(),
  };
}

/** HTTP helpers against the running comments-api. */
export function apiClient(baseUrl: string) {
  const call = async (method: string, path: string, token?: string, body?: unknown) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = text;
    }
    return { status: res.status, headers: res.headers, body: json as any, text };
  };
  return {
    call,
    get: (path: string, token?: string) => call('GET', path, token),
    post: (path: string, token?: string, body?: unknown) => call('POST', path, token, body ?? {}),
    put: (path: string, token?: string, body?: unknown) => call('PUT', path, token, body ?? {}),
    del: (path: string, token?: string) => call('DELETE', path, token),
  };
}

export const moderatorToken = (id = 'mod-ada', name = 'Ada (moderator)') => tokenFor(id, ['moderator'], name);
export const adminToken = (id = 'admin-root') => tokenFor(id, ['admin'], 'Admin');

/** Posts a comment and waits until the rules engine's decision was applied (status not pending). */
export async function postAndSettle(api: ReturnType<typeof apiClient>, articleId: string, token: string, body: string, parentId?: string) {
  const res = await api.post(`/v1/articles/${articleId}/comments`, token, { body, ...(parentId ? { parentId } : {}) });
  if (res.status !== 202) throw new Error(`post failed: ${res.status} ${res.text}`);
  const id = res.body.id as string;
  const moderator = moderatorToken();
  return eventually(`comment ${id} to be moderated`, async () => {
    const c = await api.get(`/v1/moderation/comments/${id}`, moderator);
    return c.status === 200 && c.body.comment.status !== 'pending' ? c.body.comment : undefined;
  });
}

/** Registers an article (admin) with the given moderation settings. */
export async function putArticle(api: ReturnType<typeof apiClient>, articleId: string, settings: { premoderation?: boolean; section?: string | null; title?: string } = {}) {
  const res = await api.put(`/v1/articles/${articleId}`, adminToken(), {
    settings: { open: true, premoderation: settings.premoderation ?? false },
    title: settings.title ?? `Article ${articleId}`,
    url: `https://news.example/${articleId}`,
    ...(settings.section !== undefined ? { section: settings.section } : {}),
  });
  if (res.status >= 300) throw new Error(`PUT article failed: ${res.status} ${res.text}`);
  return res.body;
}

export { readJson };
