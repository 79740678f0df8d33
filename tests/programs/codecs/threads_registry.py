# codecs from several threads at once: first lookups (the encodings import), charmap round trips and a custom error handler
# ftpy-expect: native
import _thread, codecs

names = ['cp1252', 'cp437', 'koi8_r', 'mac_roman', 'iso8859_15', 'cp850', 'latin_1', 'utf_16']
codecs.register_error('tag', lambda e: ('<%d>' % e.start, e.end))
results = {}
lock = _thread.allocate_lock()
done = _thread.allocate_lock()
left = [len(names)]
done.acquire()

def work(i):
    enc = names[i]
    text = 'abc \u20ac \u0416 \xe9' * 50
    out = []
    for _ in range(20):
        b = text.encode(enc, 'tag')
        out.append(len(b))
        s = b.decode(enc, 'replace')
    with lock:
        results[enc] = (codecs.lookup(enc).name, out[0], len(set(out)), s[:12])
        left[0] -= 1
        if left[0] == 0:
            done.release()

for i in range(len(names)):
    _thread.start_new_thread(work, (i,))
done.acquire()
for enc in names:
    print(enc, results[enc])
