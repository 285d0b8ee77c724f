import { Counter, Gauge } from 'prom-client';

/** How live threads fan out on this replica: messages serialised once, writes to readers, comment reads. */
export const liveThreadMetrics = {
  streams: new Gauge({ name: 'parley_live_thread_streams', help: 'Live thread streams open on this replica' }),
  articles: new Gauge({ name: 'parley_live_thread_articles', help: 'Articles with at least one live thread reader on this replica' }),
  messages: new Counter({ name: 'parley_live_thread_messages_total', help: 'Live thread messages serialised (once per article, whatever its readers), by event', labelNames: ['event'] as const }),
  writes: new Counter({ name: 'parley_live_thread_writes_total', help: 'Live thread messages written to readers' }),
  commentReads: new Counter({ name: 'parley_live_thread_comment_reads_total', help: 'Comments read from the database for live threads (once per event and article, whatever its readers)' }),
  dropped: new Counter({ name: 'parley_live_thread_dropped_total', help: 'Readers dropped for not keeping up (they reconnect and resume)' }),
};
