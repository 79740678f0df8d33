import bisect, _bisect
a=[1,2,2,3,5]
print(bisect.bisect(a,2), bisect.bisect_left(a,2), bisect.bisect_right(a,4,1,3))
bisect.insort(a,4); bisect.insort_left(a,2); print(a)
print(bisect.bisect([(1,'a'),(3,'b')], 2, key=lambda t:t[0]))
b=[]; bisect.insort(b,(5,'x'),key=lambda t:t[0]); bisect.insort(b,(2,'y'),key=lambda t:t[0]); print(b)
for args in [(a,1,-1),(a,1,0,1.5),(a,1,1.5),(a,1,0,'x')]:
    try: print(bisect.bisect(*args))
    except Exception as e: print(type(e).__name__, e)
try: bisect.bisect(a, 1, 2**70)
except Exception as e: print(type(e).__name__, e)
print(bisect.bisect(a, 1, 0, 2**70) if False else bisect.bisect(a,100,0,None))
print(bisect.bisect_right.__module__, bisect.bisect_right is _bisect.bisect_right)
class S:
    def __init__(s): s.l=[]
    def __len__(s): return len(s.l)
    def __getitem__(s,i): return s.l[i]
    def insert(s,i,x): s.l.insert(i,x)
s=S(); bisect.insort(s,3); bisect.insort(s,1); print(s.l)
