# expected: python3.13 (the Signals/Handlers enums and valid_signals() as CPython 3.13 prints them)
import signal
print(signal.SIGINT, repr(signal.SIGINT), signal.SIG_DFL, repr(signal.SIG_IGN), type(signal.SIGINT))
print(repr(signal.getsignal(signal.SIGINT)), signal.Signals(15), signal.Signals.SIGTERM.name)
old = signal.signal(signal.SIGUSR1, signal.SIG_IGN)
print(repr(old), repr(signal.signal(signal.SIGUSR1, old)))
print(sorted(signal.valid_signals())[:3], signal.NSIG)
def h(signum, frame):
    print("got", signum, type(signum))
signal.signal(signal.SIGUSR1, h)
signal.raise_signal(signal.SIGUSR1)
print(signal.Handlers.SIG_IGN, signal.strsignal(signal.SIGINT))
