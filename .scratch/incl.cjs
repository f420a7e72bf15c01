const p = JSON.parse(require('fs').readFileSync(process.argv[2]));
const byId = new Map(p.nodes.map(n => [n.id, n])); const parent = new Map();
for (const n of p.nodes) for (const c of n.children || []) parent.set(c, n.id);
const incl = new Map(); let total = 0;
const key = (n) => n.callFrame.functionName + ' ' + n.callFrame.url.replace(/.*node_modules\//, '').replace(/^file:\/\/\/work\/main\//,'') + ':' + n.callFrame.lineNumber;
for (let i = 0; i < p.samples.length; i++) {
  const dt = p.timeDeltas[i] || 0; let id = p.samples[i]; const n0 = byId.get(id);
  if (['(idle)', '(program)'].includes(n0.callFrame.functionName)) continue; total += dt;
  const seen = new Set();
  while (id !== undefined) { const k = key(byId.get(id)); if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) || 0) + dt); } id = parent.get(id); }
}
console.log('busy ms', (total / 1000).toFixed(0));
const filt = process.argv[4] ? new RegExp(process.argv[4]) : null;
[...incl].filter(([k]) => !filt || filt.test(k)).sort((a, b) => b[1] - a[1]).slice(0, +process.argv[3] || 40).forEach(([k, t]) => console.log((t / 1000).toFixed(0).padStart(7), k));
