// Minimal Kafka wire-protocol client, just enough to prove a broker is serving
// requests: one ApiVersions (v0) round trip over a raw TCP socket.
import net from 'node:net';

const API_VERSIONS = 18;

/**
 * Sends ApiVersions v0 to host:port. Resolves with the number of APIs the
 * broker advertises; rejects on connection errors, timeouts or a non-zero error code.
 */
export function kafkaApiVersions({ host = '127.0.0.1', port, timeoutMs = 2000 }) {
  return new Promise((resolve, reject) => {
    const correlationId = Math.floor(Math.random() * 0x7fffffff);
    const socket = net.connect({ host, port });
    let received = Buffer.alloc(0);
    const fail = (error) => {
      socket.destroy();
      reject(error);
    };
    socket.setTimeout(timeoutMs, () => fail(new Error(`no ApiVersions response within ${timeoutMs} ms`)));
    socket.once('error', fail);
    socket.once('connect', () => socket.write(encodeApiVersionsRequest(correlationId)));
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < 4 || received.length < 4 + received.readInt32BE(0)) return;
      socket.destroy();
      try {
        resolve(decodeApiVersionsResponse(received.subarray(4), correlationId));
      } catch (error) {
        reject(error);
      }
    });
    socket.once('close', () => reject(new Error('connection closed before a response arrived')));
  });
}

function encodeApiVersionsRequest(correlationId) {
  const clientId = Buffer.from('parley-infra');
  // Request header v1: api_key, api_version, correlation_id, client_id; v0 body is empty.
  const header = Buffer.alloc(10);
  header.writeInt16BE(API_VERSIONS, 0);
  header.writeInt16BE(0, 2);
  header.writeInt32BE(correlationId, 4);
  header.writeInt16BE(clientId.length, 8);
  const size = Buffer.alloc(4);
  size.writeInt32BE(header.length + clientId.length);
  return Buffer.concat([size, header, clientId]);
}

function decodeApiVersionsResponse(body, correlationId) {
  // Response header v0: correlation_id; body v0: error_code, [api_key, min, max].
  if (body.readInt32BE(0) !== correlationId) throw new Error('ApiVersions: correlation id mismatch');
  const errorCode = body.readInt16BE(4);
  if (errorCode !== 0) throw new Error(`ApiVersions: broker answered error code ${errorCode}`);
  return body.readInt32BE(6);
}
