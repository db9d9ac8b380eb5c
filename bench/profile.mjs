// Where the time goes: a Chromium trace of one library page load (render, then validation), read
// two ways: self time per trace event on the renderer's main thread (script, style, layout, paint,
// parsing, GC) and self time per JS function from the V8 sampling profiler that the trace carries,
// mapped back to TypeScript / Lit sources through dist/cdn/borgerform.js.map.

import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The kinds of work on the main thread: timeline events, tasks and microtasks. These categories cost
 * time themselves ('disabled-by-default-devtools.timeline' records a JS stack for every style
 * invalidation, which made Lit's attribute reflection look 20× more expensive than it is), so JS
 * functions are sampled in separate loads with PROFILER_CATEGORIES.
 */
export const TIMELINE_CATEGORIES = ['devtools.timeline', 'toplevel', 'v8.execute', 'blink.user_timing'];

/** The V8 sampling profiler only, plus the bench's marks. */
export const PROFILER_CATEGORIES = ['blink.user_timing', 'disabled-by-default-v8.cpu_profiler'];

// ── Source maps (v3, one file, no sections) ────────────────────────────────────────────────────

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Map([...BASE64].map((char, index) => [char, index]));

function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64_VALUE.get(char);
    if (digit === undefined) throw new Error(`bad source map character ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * Reads a source map; `lookup(line, column)` (0-based, generated) → `{ source, line, column, name, text }`.
 * `rootDir` (default: two folders above the map, the repository for dist/cdn/) is where sources are
 * looked for when the map has no `sourcesContent`.
 */
export async function loadSourceMap(file, rootDir = path.resolve(path.dirname(file), '..', '..')) {
  let map;
  try {
    map = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return null;
  }
  const lines = [];
  let source = 0,
    originalLine = 0,
    originalColumn = 0,
    name = 0;
  for (const lineText of map.mappings.split(';')) {
    const segments = [];
    let column = 0;
    if (lineText) {
      for (const segmentText of lineText.split(',')) {
        const values = decodeVlq(segmentText);
        column += values[0];
        if (values.length >= 4) {
          source += values[1];
          originalLine += values[2];
          originalColumn += values[3];
          if (values.length >= 5) name += values[4];
          segments.push([column, source, originalLine, originalColumn, values.length >= 5 ? name : -1]);
        }
      }
    }
    lines.push(segments);
  }
  const clean = (source) => source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/');
  // Without sourcesContent, read the sources next to the map (the TypeScript files in src/).
  const fromDisk = new Map();
  const sourceFromDisk = (index) => {
    if (!fromDisk.has(index)) {
      let text = null;
      const source = map.sources[index];
      for (const candidate of [
        path.resolve(path.dirname(file), map.sourceRoot ?? '', source),
        path.resolve(rootDir, clean(source)),
      ]) {
        try {
          text = readFileSync(candidate, 'utf8');
          break;
        } catch {
          // not there: try the next place, else no line text
        }
      }
      fromDisk.set(index, text);
    }
    return fromDisk.get(index);
  };
  return {
    lookup(line, column) {
      const segments = lines[line];
      if (!segments || segments.length === 0) return null;
      let low = 0,
        high = segments.length - 1,
        found = -1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        if (segments[mid][0] <= column) {
          found = mid;
          low = mid + 1;
        } else {
          high = mid - 1;
        }
      }
      if (found < 0) found = 0;
      const [, sourceIndex, origLine, origColumn, nameIndex] = segments[found];
      const content = map.sourcesContent?.[sourceIndex] ?? sourceFromDisk(sourceIndex);
      const text = content ? (content.split('\n')[origLine] ?? '').trim().slice(0, 90) : '';
      return {
        source: clean(map.sources[sourceIndex] ?? '?'),
        line: origLine + 1,
        column: origColumn,
        name: nameIndex >= 0 ? map.names[nameIndex] : '',
        text,
      };
    },
  };
}

// ── Trace analysis ─────────────────────────────────────────────────────────────────────────────

/** Groups of trace events, for a readable breakdown. */
const EVENT_GROUPS = [
  ['parse HTML', ['ParseHTML']],
  [
    'compile script',
    ['v8.compile', 'v8.compileModule', 'CompileScript', 'CompileCode', 'v8.produceModuleCache'],
  ],
  [
    'evaluate module (customElements.define: upgrades, constructors, connectedCallback)',
    ['EvaluateScript', 'v8.evaluateModule'],
  ],
  [
    'script: microtasks (Lit updates), callbacks, events',
    [
      'FunctionCall',
      'RunMicrotasks',
      'EventDispatch',
      'TimerFire',
      'FireAnimationFrame',
      'V8.Execute',
      'v8.run',
      'v8.callFunction',
      'v8.callAsConstructor',
    ],
  ],
  [
    'style recalc',
    ['UpdateLayoutTree', 'RecalculateStyles', 'ScheduleStyleRecalculation', 'ParseAuthorStyleSheet'],
  ],
  ['layout', ['Layout', 'UpdateLayout', 'InvalidateLayout']],
  [
    'paint, layerize, commit',
    [
      'Paint',
      'PaintImage',
      'PrePaint',
      'Layerize',
      'UpdateLayer',
      'UpdateLayerTree',
      'CompositeLayers',
      'Commit',
      'RasterTask',
    ],
  ],
  [
    'garbage collection',
    [
      'MinorGC',
      'MajorGC',
      'V8.GCScavenger',
      'V8.GCCompactor',
      'V8.GCFinalizeMC',
      'V8.GC_MC_BACKGROUND_MARKING',
      'BlinkGC.AtomicPhase',
      'V8.GCIncrementalMarking',
      'V8.GCMarkCompactor',
      'V8.GCScavengerBackground',
      'MajorGC',
      'CppGC.AtomicMark',
      'BlinkGC.CompleteSweep',
    ],
  ],
];

function groupOf(name) {
  for (const [group, names] of EVENT_GROUPS) if (names.includes(name)) return group;
  if (/GC/.test(name)) return 'garbage collection';
  if (name === 'RunTask' || name === 'ThreadControllerImpl::RunTask')
    return 'other work in tasks (not in a timeline event)';
  return null;
}

/**
 * Analyses a trace (Chrome JSON trace format). Returns, for the render and validate windows:
 * self time per event name / group on the renderer main thread, and the top JS functions by self time.
 * @param {Buffer|string} buffer
 * @param {{ sourceMap: object|null, bundleUrl: string, page?: string }} options `page`: the traced
 *   page's path (`/library`, `/ssr`).
 */
export function analyseTrace(buffer, { sourceMap, bundleUrl, page = '/library' }) {
  const parsed = JSON.parse(buffer.toString());
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;

  // The renderer main thread that ran the bench page: the one carrying our user-timing marks.
  const markEvents = events.filter((event) => event.name?.startsWith('bench:'));
  const navigationStarts = events.filter(
    (event) => event.name === 'navigationStart' && event.args?.data?.documentLoaderURL?.includes(page),
  );
  if (markEvents.length === 0) throw new Error('trace has no bench: marks');
  const pid = markEvents[0].pid;
  const mainThreads = events.filter(
    (event) =>
      event.ph === 'M' &&
      event.name === 'thread_name' &&
      event.pid === pid &&
      event.args?.name === 'CrRendererMain',
  );
  const tid = mainThreads[0]?.tid ?? markEvents[0].tid;
  const markTs = (name) => markEvents.find((event) => event.name === name)?.ts;
  const start =
    navigationStarts.find((event) => event.pid === pid)?.ts ??
    Math.min(...events.filter((e) => e.pid === pid && e.tid === tid && e.ts > 0).map((e) => e.ts));
  const windows = {
    render: [start, markTs('bench:rendered')],
    validate: [markTs('bench:validate-start'), markTs('bench:validated')],
  };

  // Self time per complete event on the main thread.
  const slices = events
    .filter(
      (event) => event.pid === pid && event.tid === tid && event.ph === 'X' && typeof event.dur === 'number',
    )
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const selfTimes = slices.map(() => 0);
  const stack = [];
  slices.forEach((slice, index) => {
    selfTimes[index] = slice.dur;
    while (stack.length && slices[stack.at(-1)].ts + slices[stack.at(-1)].dur <= slice.ts) stack.pop();
    if (stack.length) selfTimes[stack.at(-1)] -= slice.dur;
    stack.push(index);
  });

  // CPU profile samples (ProfileChunk events of the same process).
  const profiles = new Map(); // id → { startTime, nodes: Map, samples: [], deltas: [] }
  for (const event of events) {
    if (event.pid !== pid) continue;
    if (event.name === 'Profile') {
      profiles.set(event.id, {
        startTime: event.args.data.startTime,
        nodes: new Map(),
        samples: [],
        deltas: [],
      });
    } else if (event.name === 'ProfileChunk') {
      const profile = profiles.get(event.id);
      if (!profile) continue;
      const data = event.args.data;
      for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
      profile.samples.push(...(data.cpuProfile?.samples ?? []));
      profile.deltas.push(...(data.timeDeltas ?? []));
    }
  }

  const describeCache = new Map();
  const describe = (callFrame) => {
    const cacheKey = `${callFrame.functionName}|${callFrame.url}|${callFrame.lineNumber}|${callFrame.columnNumber}`;
    let frame = describeCache.get(cacheKey);
    if (frame) return frame;
    const name = callFrame.functionName || '(anonymous)';
    if (callFrame.url && callFrame.url.startsWith(bundleUrl) && sourceMap) {
      const original = sourceMap.lookup(callFrame.lineNumber, callFrame.columnNumber);
      // Lit ships minified, so a Lit "line" is the whole module: name the function, not the line.
      if (original) {
        const minified = original.source.startsWith('node_modules/');
        const where = minified ? original.source : `${original.source}:${original.line}`;
        frame = { key: `${cacheKey}`, name, where, text: minified ? '' : original.text };
      }
    }
    if (!frame && !callFrame.url) frame = { key: name, name, where: '', text: '' };
    if (!frame) {
      const short = callFrame.url.replace(/^https?:\/\/[^/]+/, '');
      frame = { key: cacheKey, name, where: `${short}:${callFrame.lineNumber + 1}`, text: '' };
    }
    describeCache.set(cacheKey, frame);
    return frame;
  };

  const result = {};
  for (const [phase, [from, to]] of Object.entries(windows)) {
    if (from === undefined || to === undefined) continue;
    const byName = new Map();
    const byGroup = new Map();
    slices.forEach((slice, index) => {
      if (slice.ts < from || slice.ts >= to) return;
      const self = selfTimes[index] / 1000;
      byName.set(slice.name, (byName.get(slice.name) ?? 0) + self);
      const group = groupOf(slice.name) ?? 'other';
      byGroup.set(group, (byGroup.get(group) ?? 0) + self);
    });
    const byFunction = new Map();
    let sampled = 0;
    for (const profile of profiles.values()) {
      let ts = profile.startTime;
      for (let i = 0; i < profile.samples.length; i++) {
        ts += profile.deltas[i] ?? 0;
        const next = profile.deltas[i + 1] ?? 0;
        if (ts < from || ts >= to) continue;
        const node = profile.nodes.get(profile.samples[i]);
        if (!node) continue;
        const frame = describe(node.callFrame);
        if (frame.name === '(idle)') continue;
        const ms = next / 1000;
        sampled += ms;
        const entry = byFunction.get(frame.key) ?? { ...frame, ms: 0, totalMs: 0 };
        entry.ms += ms;
        byFunction.set(frame.key, entry);
        // Total (inclusive) time: once per distinct function on the sample's stack.
        const seen = new Set();
        for (let current = node; current; current = profile.nodes.get(current.parent)) {
          const outer = describe(current.callFrame);
          if (seen.has(outer.key) || outer.name === '(root)') continue;
          seen.add(outer.key);
          const outerEntry = byFunction.get(outer.key) ?? { ...outer, ms: 0, totalMs: 0 };
          outerEntry.totalMs += ms;
          byFunction.set(outer.key, outerEntry);
        }
      }
    }
    const sortEntries = (map) =>
      [...map.entries()].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
    result[phase] = {
      wallMs: (to - from) / 1000,
      groups: sortEntries(byGroup).filter((entry) => entry.ms >= 0.05),
      events: sortEntries(byName)
        .filter((entry) => entry.ms >= 0.05)
        .slice(0, 15),
      all: [...byFunction.values()],
      functions: [...byFunction.values()]
        .filter((f) => f.ms > 0)
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 20),
      inclusive: [...byFunction.values()]
        .filter((f) => !f.name.startsWith('('))
        .sort((a, b) => b.totalMs - a.totalMs)
        .slice(0, 20),
      sampledMs: sampled,
    };
  }
  return result;
}

/**
 * Kinds of work and events from the timeline trace; JS functions averaged over the profiled loads.
 * @param {ReturnType<typeof analyseTrace>} timeline
 * @param {ReturnType<typeof analyseTrace>[]} profiles
 */
export function mergeAnalyses(timeline, profiles) {
  const merged = {};
  for (const [phase, entry] of Object.entries(timeline)) {
    const byKey = new Map();
    let sampled = 0;
    let wall = 0;
    const loads = profiles.filter((profile) => profile[phase]);
    for (const profile of loads) {
      sampled += profile[phase].sampledMs / loads.length;
      wall += profile[phase].wallMs / loads.length;
      for (const f of profile[phase].all) {
        const item = byKey.get(f.key) ?? { ...f, ms: 0, totalMs: 0 };
        item.ms += f.ms / loads.length;
        item.totalMs += f.totalMs / loads.length;
        byKey.set(f.key, item);
      }
    }
    const all = [...byKey.values()];
    merged[phase] = {
      wallMs: entry.wallMs,
      groups: entry.groups,
      events: entry.events,
      profileLoads: loads.length,
      profileWallMs: wall,
      sampledMs: sampled,
      functions: all
        .filter((f) => f.ms > 0)
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 20),
      inclusive: all
        .filter((f) => !f.name.startsWith('('))
        .sort((a, b) => b.totalMs - a.totalMs)
        .slice(0, 20),
    };
  }
  return merged;
}
