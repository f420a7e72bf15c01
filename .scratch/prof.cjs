const p = JSON.parse(require('fs').readFileSync(process.argv[2]));
const byId = new Map(p.nodes.map(n => [n.id, n]));
const self = new Map();
const dt = p.timeDeltas; 
for (let i = 0; i < p.samples.length; i++) self.set(p.samples[i], (self.get(p.samples[i]) || 0) + (dt[i] || 0));
// aggregate self time by function+url
const agg = new Map(); let total = 0;
for (const [id, t] of self) { const n = byId.get(id); const k = n.callFrame.functionName + ' ' + n.callFrame.url.replace(/.*node_modules\//,'') + ':' + n.callFrame.lineNumber; agg.set(k, (agg.get(k) || 0) + t); total += t; }
console.log('total ms', total / 1000);
[...agg].sort((a, b) => b[1] - a[1]).slice(0, +process.argv[3] || 30).forEach(([k, t]) => console.log((t / 1000).toFixed(0).padStart(7), k));
// aggregate by package (url)
const pk = new Map();
for (const [id, t] of self) { const n = byId.get(id); let u = n.callFrame.url; const m = u.match(/node_modules\/((@[^/]+\/)?[^/]+)/); u = m ? m[1] : (u ? u.replace(/^file:\/\/\/work\/main\//,'').split('/').slice(0,2).join('/') : n.callFrame.functionName); pk.set(u, (pk.get(u) || 0) + t); }
console.log('--- by package');
[...pk].sort((a, b) => b[1] - a[1]).slice(0, 20).forEach(([k, t]) => console.log((t / 1000).toFixed(0).padStart(7), k));
