class A[T: int = str, *Ts, **P]: pass
