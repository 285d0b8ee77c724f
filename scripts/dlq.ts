// npm run dlq -- list   --group moderation-worker [--prefix P] [--brokers host:port]
// npm run dlq -- replay --group moderation-worker [--offset PARTITION/OFFSET ...] [--all]
// Lists the dead letters of a consumer group (JSON lines) or publishes them back to their
// source topic after the cause is fixed.
import { parseArgs } from 'node:util';
import { deadLetterTopic } from '@parley/contracts';
import { createKafkaClient, readDeadLetters, replayDeadLetters } from '@parley/messaging';

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      group: { type: 'string' },
      prefix: { type: 'string', default: process.env.KAFKA_TOPIC_PREFIX ?? '' },
      brokers: { type: 'string', default: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092' },
      offset: { type: 'string', multiple: true },
      all: { type: 'boolean', default: false },
    },
  });
  const command = positionals[0];
  if (!['list', 'replay'].includes(command ?? '') || !values.group) {
    console.error('usage: npm run dlq -- list|replay --group <comments-api|moderation-worker|notifications> [--prefix P] [--brokers B] [--offset P/O ...] [--all]');
    process.exit(2);
  }
  const kafka = createKafkaClient({ clientId: 'parley-dlq-cli', brokers: values.brokers!.split(',') });
  const topic = deadLetterTopic(values.prefix + values.group);
  const letters = await readDeadLetters(kafka, topic);
  if (command === 'list') {
    for (const l of letters) {
      console.log(JSON.stringify({ at: `${l.partition}/${l.offset}`, key: l.key, type: l.headers.ce_type, id: l.headers.ce_id, error: l.error, source: `${l.sourceTopic}/${l.sourcePartition}/${l.sourceOffset}`, failedAt: l.failedAt, value: l.value?.toString('utf8').slice(0, 500) }));
    }
    console.error(`${letters.length} dead letter(s) in ${topic}`);
    return;
  }
  if (!values.all && !values.offset?.length) {
    console.error('replay needs --all or one or more --offset PARTITION/OFFSET');
    process.exit(2);
  }
  const chosen = values.all ? letters : letters.filter((l) => values.offset!.includes(`${l.partition}/${l.offset}`));
  const n = await replayDeadLetters(kafka, chosen);
  console.error(`replayed ${n} dead letter(s) from ${topic}`);
}

main().catch((err) => {
  console.error(`dlq: ${(err as Error).message}`);
  process.exit(1);
});
