// The playground's Web Worker: it runs the Go program (playground.wasm),
// so training never blocks the page. Messages in: {kind, text}; out: the
// objects cmd/playground posts ({type: "settings" | "data" | "frame" | "error", ...}).
importScripts('wasm_exec.js');

const queue = [];
self.onmessage = (e) => queue.push(e.data);

// pgReady is called by the Go program once pgCommand exists.
self.pgReady = () => {
  self.onmessage = (e) => self.pgCommand(e.data.kind, e.data.text || '');
  for (const m of queue.splice(0)) self.pgCommand(m.kind, m.text || '');
};

(async () => {
  let digits = '';
  try {
    const r = await fetch('digits.txt');
    if (r.ok) digits = await r.text();
  } catch (err) { /* the digits data set will say it is empty */ }
  queue.unshift({ kind: 'digits', text: digits });
  const r = await fetch('playground.wasm');
  if (!r.ok) throw new Error('playground.wasm: ' + r.status + ' ' + r.statusText);
  const go = new Go();
  const { instance } = await WebAssembly.instantiate(await r.arrayBuffer(), go.importObject);
  await go.run(instance);
  postMessage({ type: 'error', message: 'The Go program stopped; reload the page.' });
})().catch((err) => postMessage({ type: 'error', message: 'The playground could not start: ' + err.message }));
