import time
for f in [lambda: time.strftime('%Y', (1,2)), lambda: time.strftime('%Y', 5), lambda: time.asctime((2024,13,1,0,0,0,0,1,0)),
          lambda: time.strftime('%Y', (2024,13,1,0,0,0,0,1,0)), lambda: time.mktime((1,2)), lambda: time.gmtime('x'),
          lambda: time.strptime('2024-13-01','%Y-%m-%d'), lambda: time.strptime('2024-12-01x','%Y-%m-%d'),
          lambda: time.strftime('%Y', ('a',1,1,0,0,0,0,1,0)), lambda: time.asctime((2024,1,1,0,0,0,7,1,0)), lambda: time.strftime(5),
          lambda: time.asctime((2024,1,32,0,0,0,0,1,0)), lambda: time.asctime((2024,1,1,24,0,0,0,1,0)), lambda: time.asctime((2024,1,1,0,60,0,0,1,0)),
          lambda: time.asctime((2024,1,1,0,0,62,0,1,0)), lambda: time.asctime((2024,1,1,0,0,0,-1,1,0)), lambda: time.asctime((2024,1,1,0,0,0,0,367,0)),
          lambda: time.strptime('2023-02-29', '%Y-%m-%d'), lambda: time.strptime('x', '%Q'), lambda: time.strptime(5),
          lambda: time.gmtime(float('nan'))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
g = time.gmtime(0)
print(g, g.tm_zone, g.tm_gmtoff, g.tm_year, g[0], len(g), type(g).__name__, isinstance(g, tuple))
print(time.asctime(time.gmtime(86400 * 365.25 * 30)), time.gmtime(-1.5)[:6], time.gmtime(1.9)[:6])
print(time.strftime('%a %A %b %B %d %H %I %j %m %M %p %S %w %y %Y %Z %%', time.gmtime(1e9)))
print(time.strftime('%Y-%m-%d', (2024, 0, 0, 0, 0, 0, 0, 0, 0)), time.strftime('%H:%M:%S', (2000, 1, 1, 23, 59, 59, 5, 1, -5)))
print(time.strptime('2024-02-29 13:45:01', '%Y-%m-%d %H:%M:%S'))
print(time.strptime('Mon Jan  1 10:00:00 2024'))
print(time.strptime('15 March 99  07:05 PM', '%d %B %y %I:%M %p'))
print(time.strptime('60', '%j'), time.strptime('2024 60', '%Y %j')[:3])
print(time.strptime('12 AM', '%I %p')[3], time.strptime('12 pm', '%I %p')[3], time.strptime('tuesday', '%A')[6])
s = time.strptime('2024-05-06T07:08:09+0130', '%Y-%m-%dT%H:%M:%S%z')
print(s, s.tm_gmtoff, s.tm_zone)
s = time.strptime('2024 UTC', '%Y %Z')
print(s.tm_isdst, s.tm_zone)
print(time.strptime('2024-1-5', '%Y-%m-%d')[:3], time.strptime('2024  5', '%Y %d')[2])
print(time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9)), time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9, "Z", 60)).tm_zone)
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(e)
t = 1_700_000_000
print(time.mktime(time.localtime(t)) == t, time.ctime(t) == time.asctime(time.localtime(t)))
print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1), len(time.tzname))
print(time.localtime()[0] >= 2024, time.strftime('%Y') == str(time.localtime().tm_year), len(time.asctime()), len(time.ctime()))
import os
os.environ['TZ'] = 'UTC'
time.tzset()
print(time.timezone, time.altzone, time.daylight, time.tzname, time.localtime(0)[:9], time.mktime((1970, 1, 2, 0, 0, 0, 0, 0, 0)))
