# time natives: struct_time, gmtime/localtime/mktime, asctime/ctime, strftime, clocks, errors (TZ=UTC). ftpy-expect: native
import time
print([n for n in dir(time) if not n.startswith('__')])
for n in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    print(time.get_clock_info(n).monotonic, time.get_clock_info(n).adjustable)
print(time.gmtime(0), time.localtime(0).tm_zone, time.tzname, time.timezone, time.altzone, time.daylight)
g = time.gmtime(1e9); print(g, g.tm_zone, g.tm_gmtoff, g[0], len(g), g[-1], time.struct_time.n_fields, time.struct_time.n_sequence_fields)
for t in [0, -1, -1.5, 1.9, 951782400, 4102444800, -62135596800, 253402300799, 1e12]:
    print(tuple(time.gmtime(t)))
print(time.mktime(time.gmtime(1e9)), time.mktime((2020, 13, 1, 0, 0, 0, 0, 1, 0)), time.mktime((2020, 1, 0, 25, 0, 0, 0, 1, -1)))
print(time.asctime((2020, 1, 1, 0, 0, 0, 0, 1, 0)), time.ctime(0), time.asctime(time.gmtime(1e9)), time.asctime((2020, 1, 1, 0, 0, 0, 7, 1, 0)))
fmt = '%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %Z %z %% %e %C %D %F %G %g %h %k %l %r %R %T %u %V %s %P %Q'
print(time.strftime(fmt, time.gmtime(1e9)))
for d in [(2021, 1, 1), (2020, 12, 31), (2024, 12, 30), (2010, 1, 3), (1, 1, 1), (2000, 2, 29)]:
    t = time.gmtime(time.mktime(d + (12, 0, 0, 0, 0, 0)))
    print(time.strftime('%G-%V-%u %U %W %j %Y %C %y %F|%-d|%_m|%5Y|%^a|%#b|%4d|%Ey|%Od|x%', t))
print(repr(time.strftime('', (2020, 1, 1, 0, 0, 0, 0, 1, 0))), time.strftime('%Z|%z', (2020, 1, 1, 0, 0, 0, 0, 1, 0)))
st = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)); print(st, st.tm_zone, st.tm_gmtoff)
print(time.strptime("2020-01-02", "%Y-%m-%d") if False else 'strptime skipped')
print(type(time.time()), type(time.time_ns()), type(time.monotonic_ns()), type(time.perf_counter()), time.CLOCK_MONOTONIC)
a = time.monotonic(); time.sleep(0.01); print(time.monotonic() >= a, time.clock_getres(time.CLOCK_MONOTONIC))
for e in ['time.sleep(-1)', 'time.sleep("a")', 'time.gmtime("a")', 'time.gmtime(1e20)', 'time.mktime((1,))', 'time.mktime(1)',
          'time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0))', 'time.get_clock_info("x")', 'time.struct_time((1, 2, 3))',
          'time.clock_gettime("a")', 'time.strftime("%j", (2020, 1, 1, 0, 0, 0, 0, 400, 0))', 'time.strftime("%Y", (2020.5, 1, 1, 0, 0, 0, 0, 0, 0))',
          'time.strftime(1)', 'time.gmtime(float("nan"))', 'time.asctime((2020, 1, 1, 0, 0, 0, -2, 1, 0))', 'time.strftime("%H", (2020, 1, 1, 24, 0, 0, 0, 1, 0))',
          'time.strftime("%S", (2020, 1, 1, 0, 0, 62, 0, 1, 0))', 'time.strftime("%d", (2020, 1, 32, 0, 0, 0, 0, 1, 0))', 'time.strftime("%M", (2020, 1, 1, 0, 60, 0, 0, 1, 0))']:
    try:
        print(repr(eval(e)))
    except Exception as x:
        print(e, '->', type(x).__name__, x)
