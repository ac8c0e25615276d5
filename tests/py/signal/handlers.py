# Python signal handlers: they run in the main thread before raise_signal returns, get
# (signum, frame), and their exceptions propagate from where the program was.
import signal
import time

seen = []


def record(signum, frame):
    seen.append((signum, type(signum).__name__, frame is not None))


old = signal.signal(signal.SIGUSR1, record)
print("old handler", old == signal.SIG_DFL)
signal.raise_signal(signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR1)
print(seen)
print(signal.getsignal(signal.SIGUSR1) is record)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is record)
signal.raise_signal(signal.SIGUSR1)
print("ignored", len(seen), signal.getsignal(signal.SIGUSR1) == signal.SIG_IGN)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)


class Boom(Exception):
    pass


def boom(signum, frame):
    raise Boom("signal %d" % signum)


signal.signal(signal.SIGUSR2, boom)
try:
    signal.raise_signal(signal.SIGUSR2)
    print("not reached")
except Boom as e:
    print("caught", e)

# SIGINT: ignored, then the default handler again.
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.raise_signal(signal.SIGINT)
print("SIGINT ignored")
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt from SIGINT")

# A Python handler for SIGINT.
signal.signal(signal.SIGINT, lambda s, f: seen.append("int"))
signal.raise_signal(signal.SIGINT)
print(seen[-1])
signal.signal(signal.SIGINT, signal.default_int_handler)

# Timers: pause() returns after the handler ran; sleep goes on after a handler that returns.
ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(s))
# (A repeating timer: a tick that fires before pause() starts is not the last one.)
signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05)
signal.pause()
signal.setitimer(signal.ITIMER_REAL, 0)
print("after pause", ticks[0], signal.getitimer(signal.ITIMER_REAL))
ticks.clear()
signal.setitimer(signal.ITIMER_REAL, 0.05)
start = time.monotonic()
time.sleep(0.3)
print("slept through", ticks, time.monotonic() - start >= 0.29)
print(signal.alarm(5) == 0, signal.alarm(0) in (4, 5))


# A handler's exception ends a loop where it was.
def stop(signum, frame):
    raise Boom("stop")


signal.signal(signal.SIGALRM, stop)
n = 0
try:
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    while True:
        n += 1
except Boom as e:
    print("loop stopped:", e, n > 0)
prev = signal.setitimer(signal.ITIMER_REAL, 0)
print(prev)
