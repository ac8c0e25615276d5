print('a'
'b')
print(