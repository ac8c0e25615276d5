# OSError(errno, strerror[, filename]) picks the subclass for the errno, as CPython.
e = OSError(2, 'No such file or directory')
print(type(e).__name__, e, e.errno, e.strerror, e.filename, e.args)
for args in [(32, 'x'), ('a',), (2, 'x', 'f'), (2, 'x', 'f', None, 'g'), (13, 'Permission denied', 'p'), (99999, 'weird'), (2,)]:
    e = OSError(*args)
    print(type(e).__name__, str(e), e.args, e.errno, e.filename)
e = FileNotFoundError(13, 'y')
print(type(e).__name__, e, isinstance(e, OSError))
try:
    raise OSError(21, 'Is a directory', 'd')
except IsADirectoryError as e:
    print('caught', e)
