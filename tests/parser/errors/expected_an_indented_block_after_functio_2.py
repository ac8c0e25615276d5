def f():
    
