import os, sys, time, subprocess, collections
# run a command; poll /proc every 0.2 s; sum CPU per process kind
cmd = sys.argv[1:]
hz = os.sysconf('SC_CLK_TCK')
seen = {}
def kind(pid):
    try:
        c = open(f'/proc/{pid}/cmdline','rb').read().split(b'\0')
    except Exception: return None
    s = b' '.join(c).decode(errors='replace')
    if 'chrom' in s:
        for t in ['renderer','gpu-process','utility','zygote']:
            if f'--type={t}' in s: return 'chromium-'+t
        return 'chromium-browser'
    if 'vitest' in s: return 'node-vitest:'+s[-60:]
    if 'node' in s: return 'node:'+s[:80]
    return s[:30]
def stat(pid):
    try:
        f = open(f'/proc/{pid}/stat').read().rsplit(')',1)[1].split()
        return (int(f[11])+int(f[12]))/hz
    except Exception: return None
base={}
for d in os.listdir('/proc'):
    if d.isdigit():
        v=stat(int(d))
        if v is not None: base[int(d)]=v
t0=time.time()
p = subprocess.Popen(cmd)
while p.poll() is None:
    for d in os.listdir('/proc'):
        if d.isdigit():
            pid=int(d)
            if pid==os.getpid(): continue
            s=stat(pid)
            if s is None: continue
            if pid not in seen:
                k=kind(pid)
                if k is None: continue
                seen[pid]=[k,s-base.get(pid,0)]
            else: seen[pid][1]=max(seen[pid][1],s-base.get(pid,0))
    time.sleep(0.2)
tot=collections.Counter(); n=collections.Counter()
for k,s in seen.values(): tot[k]+=s; n[k]+=1
print(f'wall {time.time()-t0:.1f}s', file=sys.stderr)
for k,s in tot.most_common(12): print(f'{s:8.1f}s {n[k]:4d}  {k}', file=sys.stderr)
sys.exit(p.returncode)
