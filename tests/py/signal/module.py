# The signal module's constants, lookups and error texts.
import signal

print(signal.SIGINT, signal.SIGTERM, signal.SIGUSR1, signal.SIGUSR2, signal.SIGALRM, signal.SIGHUP)
print(signal.SIG_DFL, signal.SIG_IGN, signal.NSIG, signal.SIGRTMIN, signal.SIGRTMAX)
print(signal.SIGIOT == signal.SIGABRT, signal.SIGCLD == signal.SIGCHLD, signal.SIGPOLL == signal.SIGIO)
print(signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL, signal.getsignal(signal.SIGTERM) == signal.SIG_DFL)
print(signal.default_int_handler)
valid = signal.valid_signals()
print(type(valid).__name__, len(valid), sorted(int(s) for s in valid)[:5], 32 in valid, 34 in valid)
for s in [1, 2, 3, 9, 10, 12, 14, 15, 17]:
    print(s, signal.strsignal(s))
print(signal.getitimer(signal.ITIMER_REAL), signal.alarm(0))
print(issubclass(signal.ItimerError, OSError), signal.ItimerError.__name__)


def show(f, *args):
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)


for bad in [0, 65, 99, -1]:
    show(signal.strsignal, bad)
    show(signal.getsignal, bad)
    show(signal.signal, bad, signal.SIG_DFL)
show(signal.signal, 2 ** 70, signal.SIG_DFL)
show(signal.signal, "x", signal.SIG_DFL)
show(signal.signal, signal.SIGUSR1, 5)
show(signal.signal, signal.SIGUSR1, "handler")
show(signal.signal, signal.SIGKILL, signal.SIG_IGN)
show(signal.signal, signal.SIGSTOP, lambda s, f: None)
show(signal.raise_signal, 99)
show(signal.setitimer, 99, 1.0)
show(signal.getitimer, 99)
show(signal.default_int_handler)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
