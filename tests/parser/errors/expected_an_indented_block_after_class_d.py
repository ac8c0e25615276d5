class A:
# comment
