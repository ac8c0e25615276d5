import a as b as c
