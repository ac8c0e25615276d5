class A(B
    pass
