// A fixed, deterministic capture for the decoder benchmark, built with the capture builder:
// a web-service-like mix of structs, strings, slices, swiss and hmap maps, pointers,
// interfaces and multiple results, with entries paired with returns.

import { CaptureBuilder, iface, ptrTo } from '../harness/testing/index.ts';

/** mulberry32: a small seeded PRNG, so every run builds the same bytes. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliett'];

export function benchCapture(calls: number): Uint8Array {
  const next = random(20250101);
  const pick = <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const word = () => `${pick(WORDS)}-${Math.floor(next() * 1000)}`;
  const int = (max: number) => Math.floor(next() * max);

  const b = new CaptureBuilder({ name: 'bench', goVersion: 'go1.26.0' });
  const T = b.types;
  const user = T.struct('main.User', [
    ['ID', T.int64()],
    ['Name', T.string()],
    ['Email', T.string()],
    ['Roles', T.slice(T.string())],
    ['Active', T.bool()],
  ]);
  const param = T.struct('main.Param', [
    ['Key', T.string()],
    ['Value', T.string()],
  ]);
  const request = T.struct('main.Request', [
    ['Method', T.string()],
    ['Path', T.string()],
    ['Headers', T.swissMap(T.string(), T.string())],
    ['Params', T.slice(param)],
    ['User', T.pointer(user)],
    ['Deadline', T.int64()],
  ]);
  const entry = T.struct('main.Entry', [
    ['Key', T.int()],
    ['Score', T.float64()],
    ['Tags', T.slice(T.string())],
  ]);
  const item = T.struct('main.Item', [
    ['SKU', T.string()],
    ['Qty', T.int32()],
    ['Price', T.float64()],
    ['Gift', T.bool()],
  ]);
  const errorType = T.iface('error', false);
  const errorString = T.struct('errors.errorString', [['s', T.string()]]);
  const any = T.iface();

  const handle = b.probe({
    id: 'handleRequest',
    args: [['req', T.pointer(request)]],
    results: [['status', T.int()], ['err', errorType]],
    template: '{req.Method} {req.Path} -> {@return}',
  });
  const lookup = b.probe({
    id: 'lookup',
    args: [['id', T.int()], ['cache', T.hashMap(T.int(), T.pointer(entry))]],
    results: [['~r0', T.pointer(entry)]],
  });
  const order = b.probe({
    id: 'placeOrder',
    args: [['items', T.slice(item)], ['note', any], ['total', T.float64()]],
  });
  const stats = b.probe({
    id: 'stats',
    args: [['values', T.slice(T.float64())]],
    results: [['mean', T.float64()], ['max', T.float64()]],
    template: 'n={values} mean={@return}',
  });

  for (let pc = 0; pc < 8; pc++) {
    b.symbol(0x401000 + pc * 0x100, [[`main.f${pc}`, 'example.com/bench/main.go', 10 + pc]]);
  }
  const stack = () => [0x401000 + int(8) * 0x100, 0x401000 + int(8) * 0x100, 0x409000];

  const users = Array.from({ length: 20 }, (_, i) =>
    ptrTo({
      ID: BigInt(i + 1000),
      Name: word(),
      Email: `${word()}@example.com`,
      Roles: [pick(WORDS), pick(WORDS)],
      Active: next() < 0.8,
    }),
  );
  const cache = new Map(
    Array.from({ length: 12 }, (_, i) => [i, ptrTo({ Key: i, Score: next() * 100, Tags: [word(), word()] })]),
  );

  for (let i = 0; i < calls; i++) {
    const options = { stack: stack(), goid: 1 + int(50), durationNs: BigInt(1000 + int(100000)) };
    switch (i % 4) {
      case 0: {
        const headers = new Map(Array.from({ length: 3 + int(5) }, () => [word(), word()]));
        const req = ptrTo({
          Method: pick(['GET', 'POST', 'PUT']),
          Path: `/api/v1/${word()}/${int(10000)}`,
          Headers: headers,
          Params: Array.from({ length: int(4) }, () => ({ Key: word(), Value: word() })),
          User: next() < 0.9 ? pick(users) : null,
          Deadline: BigInt(1_750_000_000 + int(1000)),
        });
        const err = next() < 0.2 ? iface(T.pointer(errorString), ptrTo({ s: `failed: ${word()}` })) : null;
        b.call(handle, { req }, { status: err ? 500 : 200, err }, options);
        break;
      }
      case 1:
        b.call(lookup, { id: int(20), cache }, { '~r0': cache.get(int(16)) ?? null }, options);
        break;
      case 2: {
        const items = Array.from({ length: 1 + int(6) }, () => ({
          SKU: word(),
          Qty: 1 + int(9),
          Price: Math.round(next() * 10000) / 100,
          Gift: next() < 0.1,
        }));
        b.entry(order, { items, note: iface(T.string(), word()), total: next() * 500 }, options);
        break;
      }
      default: {
        const values = Array.from({ length: 5 + int(20) }, () => next() * 1000);
        b.call(stats, { values }, { mean: values[0] as number, max: Math.max(...values) }, options);
      }
    }
  }
  return b.build();
}
