import heapq, _heapq
h=[]
for x in [5,3,8,1,9,2,7,1,0,6]: heapq.heappush(h,x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
d=[9,8,7,6,5,4,3,2,1,0,11,-3]; heapq.heapify(d); print(d)
print(heapq.heapreplace(d, 100), d)
print(heapq.heappushpop(d, -5), heapq.heappushpop(d, 50), d)
m=[1,5,3,9,2,8]; heapq.heapify_max(m); print(m)
heapq.heappush_max(m, 20); print(m, heapq.heappop_max(m), heapq.heapreplace_max(m, 0), heapq.heappushpop_max(m, 4), m)
print(heapq.nsmallest(3,[5,1,4,2,3]), heapq.nlargest(2,[5,1,4,2,3]), list(heapq.merge([1,4,7],[2,5,8])))
for f,a in [(heapq.heappop,([],)),(heapq.heapreplace,([],1)),(heapq.heappush,(5,1)),(heapq.heapify,((1,),)),(heapq.heappop_max,({},))]:
    try: f(*a)
    except Exception as e: print(type(e).__name__, e)
print(heapq.heappushpop([], 3))
class Bad:
    def __lt__(s,o): L.clear(); return True
L=[Bad(),Bad(),Bad()]
try: heapq.heapify(L)
except Exception as e: print(type(e).__name__, e)
print(heapq.heappush is _heapq.heappush, heapq.heappush.__module__)
try: heapq.heappush([1],'a')
except Exception as e: print(type(e).__name__, e)
