# uncaught TypeError: calling a non-callable
handlers = {"a": print, "b": 5}
handlers["a"]("calling a")
handlers["b"]("calling b")
