// bytearray / memoryview buffer exports (BufferError while exported, release, views of views),
// incremental decoding, and the UnicodeError messages; expectations checked against CPython 3.14.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, callMethod, PyError, keep, unkeep } from './str-harness.js';
import type { Value } from '../../src/objects/value.js';

const mods = await setup();
const ba = mods.bytearray as typeof import('../../src/objects/bytearray.js');
const mv = mods.memoryview as typeof import('../../src/objects/memoryview.js');
const bytes = mods.bytes as typeof import('../../src/objects/bytes.js');
const codecs = mods.codecs_native as typeof import('../../src/objects/codecs_native.js');

function err(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyError) return `${e.cls}: ${e.msg}`;
    throw e;
  }
  return 'no error';
}

const RESIZE = 'BufferError: Existing exports of data: object cannot be re-sized';

test('a bytearray cannot be resized while a memoryview exports it', () => {
  const b = keep(ba.newBytearray([97, 98, 99]));
  const m = keep(mv.makeMemoryview(b));
  assert.equal(err(() => callMethod('bytearray', 'append', b, [1])), RESIZE);
  assert.equal(err(() => callMethod('bytearray', 'pop', b, [])), RESIZE);
  assert.equal(err(() => callMethod('bytearray', '__setitem__', b, [(mods.slice as typeof import('../../src/objects/slice.js')).newSlice(0, 1, null), bytes.newBytes([1, 2])])), RESIZE);
  // Same-size writes are allowed and visible through the view.
  callMethod('bytearray', '__setitem__', b, [0, 65]);
  assert.equal(callMethod('memoryview', '__getitem__', m, [0]), 65);
  callMethod('memoryview', 'release', m, []);
  callMethod('bytearray', 'append', b, [33]);
  assert.deepEqual(Array.from(ba.baData(b.a)), [65, 98, 99, 33]);
  assert.equal(err(() => callMethod('memoryview', 'tobytes', m, [])), 'ValueError: operation forbidden on released memoryview object');
});

test('views made from views hold their own export', () => {
  const b = keep(ba.newBytearray([1, 2, 3, 4]));
  const m1 = keep(mv.makeMemoryview(b));
  const m2 = keep(callMethod('memoryview', '__getitem__', m1, [(mods.slice as typeof import('../../src/objects/slice.js')).newSlice(1, 3, null)]));
  callMethod('memoryview', 'release', m1, []);
  assert.deepEqual((callMethod('memoryview', 'tobytes', m2, []) as unknown) !== null, true);
  assert.equal(err(() => callMethod('bytearray', 'append', b, [5])), RESIZE);
  callMethod('memoryview', '__exit__', m2, []);
  callMethod('bytearray', 'append', b, [5]);
  assert.equal(ba.baLen(b.a), 5);
});

test('the export of a view that died unreleased is reclaimed when a resize needs it', () => {
  const b = keep(ba.newBytearray([1, 2, 3, 4]));
  const live = keep(mv.makeMemoryview(b));
  // Temporaries, as in bytes(memoryview(b)[:2]): unreachable once made.
  callMethod('memoryview', '__getitem__', mv.makeMemoryview(b), [(mods.slice as typeof import('../../src/objects/slice.js')).newSlice(0, 2, null)]);
  assert.equal(err(() => callMethod('bytearray', 'append', b, [5])), RESIZE);
  callMethod('memoryview', 'release', live, []);
  unkeep(live);
  callMethod('bytearray', 'append', b, [5]);
  callMethod('bytearray', 'extend', b, [bytes.newBytes([6, 7])]);
  assert.deepEqual(Array.from(ba.baData(b.a)), [1, 2, 3, 4, 5, 6, 7]);
});

test('a memoryview with exported buffers cannot be released', () => {
  const b = keep(ba.newBytearray([1, 2]));
  const m = keep(mv.makeMemoryview(b));
  const buffer = mods.buffer as typeof import('../../src/objects/buffer.js');
  const view = buffer.getBuffer(m)!;
  assert.equal(err(() => callMethod('memoryview', 'release', m, [])), 'BufferError: memoryview has 1 exported buffer');
  view.release();
  callMethod('memoryview', 'release', m, []);
});

test('incremental decoding leaves incomplete sequences unconsumed', () => {
  const r = codecs.decodeNative('utf_8', Uint8Array.of(0x61, 0xe2, 0x82), 'strict', false);
  assert.deepEqual([r.text, r.consumed], ['a', 1]);
  const r2 = codecs.decodeNative('utf_8', Uint8Array.of(0x61, 0xed, 0xa0), 'strict', false);
  assert.deepEqual([r2.text, r2.consumed], ['a', 1]);
  const r3 = codecs.decodeNative('utf_16', Uint8Array.of(0xfe, 0xff, 0, 0x61, 0), 'strict', false);
  assert.deepEqual([r3.text, r3.consumed, r3.byteorder], ['a', 4, 1]);
  const r4 = codecs.decodeNative('utf_16_le', Uint8Array.of(0x3d, 0xd8), 'strict', false);
  assert.deepEqual([r4.text, r4.consumed], ['', 0]);
  const r5 = codecs.decodeNative('utf_32', Uint8Array.of(0xff, 0xfe, 0, 0, 0x61, 0, 0), 'strict', false);
  assert.deepEqual([r5.text, r5.consumed, r5.byteorder], ['', 4, -1]);
});

test('UnicodeError messages', () => {
  const u8 = Uint8Array.of(0x61, 0xff, 0xfe);
  assert.equal(codecs.unicodeErrorMessage('UnicodeDecodeError', 'utf-8', u8, 1, 2, 'invalid start byte'),
    "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte");
  assert.equal(codecs.unicodeErrorMessage('UnicodeDecodeError', 'utf-8', u8, 1, 3, 'x'),
    "'utf-8' codec can't decode bytes in position 1-2: x");
  assert.equal(codecs.unicodeErrorMessage('UnicodeEncodeError', 'ascii', 'a\u20ac\u{1F600}', 2, 3, 'r'),
    "'ascii' codec can't encode character '\\U0001f600' in position 2: r");
  assert.equal(codecs.unicodeErrorMessage('UnicodeEncodeError', 'ascii', 'a\u20ac', 1, 2, 'r'),
    "'ascii' codec can't encode character '\\u20ac' in position 1: r");
  assert.equal(codecs.unicodeErrorMessage('UnicodeTranslateError', '', 'abc', 0, 2, 'r'),
    "can't translate characters in position 0-1: r");
});

test('encoding names are normalised as codecs.lookup does', () => {
  const names: Array<[string, string | undefined]> = [['UTF-8', 'utf_8'], ['utf 8', 'utf_8'], ['U8', 'utf_8'],
    ['Latin-1', 'latin_1'], ['ISO8859-1', 'latin_1'], ['iso_8859_1_1987', 'latin_1'], ['US-ASCII', 'ascii'],
    ['646', 'ascii'], ['utf-16le', 'utf_16_le'], ['UTF16LE', undefined], ['utf..8', undefined], ['utf-8-sig', 'utf_8_sig'],
    ['utf8-sig', undefined], ['cp1252', undefined], ['utf_32be', 'utf_32_be']];
  for (const [n, want] of names) assert.equal(codecs.nativeCodec(n), want, n);
});

test('bytes are hashed like the str of the same code points', () => {
  const hash = mods.hash as typeof import('../../src/objects/hash.js');
  const h = callMethod('bytes', '__hash__', bytes.newBytes([104, 105, 0xe9]), []) as Value;
  assert.equal(h, hash.strHash32('hi\u00e9'));
});
