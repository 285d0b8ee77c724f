// Minimal MongoDB wire-protocol client, just enough to prove a server (mongod or
// FerretDB) answers commands: one OP_MSG `{ ping: 1, $db: 'admin' }` round trip.
import net from 'node:net';

const OP_MSG = 2013;

/** Pings host:port over a raw socket. Resolves when the reply has ok: 1; rejects otherwise. */
export function mongoPing({ host = '127.0.0.1', port, timeoutMs = 2000 }) {
  return new Promise((resolve, reject) => {
    const requestId = Math.floor(Math.random() * 0x7fffffff);
    const socket = net.connect({ host, port });
    let received = Buffer.alloc(0);
    const fail = (error) => {
      socket.destroy();
      reject(error);
    };
    socket.setTimeout(timeoutMs, () => fail(new Error(`no ping reply within ${timeoutMs} ms`)));
    socket.once('error', fail);
    socket.once('connect', () => socket.write(encodeOpMsg(requestId, { ping: 1, $db: 'admin' })));
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < 4 || received.length < received.readInt32LE(0)) return;
      socket.destroy();
      try {
        const reply = decodeOpMsgReply(received, requestId);
        if (reply.ok !== 1) throw new Error(`ping failed: ${reply.errmsg ?? JSON.stringify(reply)}`);
        resolve(reply);
      } catch (error) {
        reject(error);
      }
    });
    socket.once('close', () => reject(new Error('connection closed before a reply arrived')));
  });
}

function encodeOpMsg(requestId, command) {
  const body = encodeDocument(command);
  const header = Buffer.alloc(21);
  header.writeInt32LE(header.length + body.length, 0);
  header.writeInt32LE(requestId, 4);
  header.writeInt32LE(0, 8); // responseTo
  header.writeInt32LE(OP_MSG, 12);
  header.writeUInt32LE(0, 16); // flagBits
  header.writeUInt8(0, 20); // section kind 0: single body document
  return Buffer.concat([header, body]);
}

/** BSON for a flat document of int32 and string values — all a ping needs. */
function encodeDocument(fields) {
  const elements = Object.entries(fields).map(([name, value]) => {
    const key = Buffer.from(`${name}\0`);
    if (Number.isInteger(value)) {
      const int = Buffer.alloc(4);
      int.writeInt32LE(value);
      return Buffer.concat([Buffer.from([0x10]), key, int]);
    }
    const text = Buffer.from(`${value}\0`);
    const length = Buffer.alloc(4);
    length.writeInt32LE(text.length);
    return Buffer.concat([Buffer.from([0x02]), key, length, text]);
  });
  const content = Buffer.concat([...elements, Buffer.from([0])]);
  const size = Buffer.alloc(4);
  size.writeInt32LE(content.length + 4);
  return Buffer.concat([size, content]);
}

function decodeOpMsgReply(message, requestId) {
  if (message.readInt32LE(8) !== requestId) throw new Error('reply is for another request');
  if (message.readInt32LE(12) !== OP_MSG) throw new Error(`unexpected opCode ${message.readInt32LE(12)}`);
  if (message.readUInt8(20) !== 0) throw new Error('unexpected OP_MSG section kind');
  return readTopLevelScalars(message.subarray(21));
}

/** Reads the top-level numeric, boolean and string fields of a BSON document; skips the rest. */
function readTopLevelScalars(doc) {
  const result = {};
  const end = doc.readInt32LE(0) - 1;
  let offset = 4;
  while (offset < end) {
    const type = doc[offset];
    const nameEnd = doc.indexOf(0, offset + 1);
    const name = doc.toString('utf8', offset + 1, nameEnd);
    offset = nameEnd + 1;
    switch (type) {
      case 0x01: // double
        result[name] = doc.readDoubleLE(offset);
        offset += 8;
        break;
      case 0x02: // string
      case 0x0d: // javascript
      case 0x0e: { // symbol
        const length = doc.readInt32LE(offset);
        result[name] = doc.toString('utf8', offset + 4, offset + 4 + length - 1);
        offset += 4 + length;
        break;
      }
      case 0x08: // boolean
        result[name] = doc[offset] === 1;
        offset += 1;
        break;
      case 0x10: // int32
        result[name] = doc.readInt32LE(offset);
        offset += 4;
        break;
      case 0x12: // int64
        result[name] = Number(doc.readBigInt64LE(offset));
        offset += 8;
        break;
      case 0x03: // document
      case 0x04: // array
      case 0x0f: // code with scope
        offset += doc.readInt32LE(offset);
        break;
      case 0x05: // binary
        offset += 5 + doc.readInt32LE(offset);
        break;
      case 0x07: // ObjectId
        offset += 12;
        break;
      case 0x0c: // DBPointer: string + ObjectId
        offset += 4 + doc.readInt32LE(offset) + 12;
        break;
      case 0x09: // datetime
      case 0x11: // timestamp
        offset += 8;
        break;
      case 0x13: // decimal128
        offset += 16;
        break;
      case 0x0a: // null
      case 0x06: // undefined
      case 0x7f: // max key
      case 0xff: // min key
        break;
      case 0x0b: // regex: two cstrings
        offset = doc.indexOf(0, doc.indexOf(0, offset) + 1) + 1;
        break;
      default:
        throw new Error(`unsupported BSON type 0x${type.toString(16)} in reply field "${name}"`);
    }
  }
  return result;
}
