x = 1if 1else 2
return
