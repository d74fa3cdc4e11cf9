// Shared by the browser benchmarks: summary statistics and the probes that
// run inside the page to time paints (see browser.mjs for the method).

/** Summary statistics of a list of milliseconds. */
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => {
    const position = (sorted.length - 1) * q;
    const low = Math.floor(position);
    const high = Math.ceil(position);
    return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
  };
  return {
    n: sorted.length,
    median: at(0.5),
    p25: at(0.25),
    p75: at(0.75),
    min: sorted[0],
    max: sorted[sorted.length - 1],
  };
}

export function formatStats(s) {
  const f = (x) => x.toFixed(1);
  return `median ${f(s.median)} ms (p25 ${f(s.p25)}, p75 ${f(s.p75)}, min ${f(s.min)}, max ${f(s.max)}; n=${s.n})`;
}

// Runs in the page before any of its scripts: resolves window.__firstPaint
// with the end of the first frame painted after `selector` matches.
export function installFirstPaintProbe(selector) {
  const afterPaint = (callback) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback(performance.now());
      channel.port2.postMessage(null);
    });
  window.__firstPaint = new Promise((resolve) => {
    const check = () => {
      if (!document.querySelector(selector)) return false;
      observer.disconnect();
      const inDom = performance.now();
      afterPaint((painted) => resolve({ inDom, painted }));
      return true;
    };
    const observer = new MutationObserver(check);
    // Attributes too, for a selector that waits for the app's mark
    // (<html data-app>, set once it has mounted; see src/lib.rs).
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-app'] });
    check();
  });
}

// Runs in the page: every keydown and click, from the moment the event was
// created (event.timeStamp) to the end of the next painted frame, and to the
// end of the task that handled it (the app's own work, before the frame).
// `settled` is the end of the first frame painted with every card of the
// page drawn: a page of cards may be drawn over a few frames, and a section
// says so with aria-busy until it is whole. A build that draws the page at
// once is whole in the next frame, so there `settled` equals `paint`.
export function installInteractionProbe() {
  window.__latencies = [];
  const WHILE_DRAWING = 'section[aria-busy="true"]';
  const probe = (event) => {
    const start = event.timeStamp;
    const record = { type: event.type, work: null, paint: null, settled: null };
    const afterTask = new MessageChannel();
    afterTask.port1.onmessage = () => {
      record.work = performance.now() - start;
    };
    afterTask.port2.postMessage(null);
    // Whether the frame is whole is read in requestAnimationFrame, just before
    // it is drawn, so a batch of cards added after that paint is not counted in it.
    const frame = (first) =>
      requestAnimationFrame(() => {
        const whole = !document.querySelector(WHILE_DRAWING);
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const now = performance.now() - start;
          if (whole) record.settled = now;
          if (first) {
            record.paint = now;
            window.__latencies.push(record);
          }
          if (!whole) frame(false);
        };
        channel.port2.postMessage(null);
      });
    frame(true);
  };
  // Capture on window, so the probe sees the event before the app handles it.
  window.addEventListener('keydown', probe, true);
  window.addEventListener('click', probe, true);
}
