# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# Single and multiple inheritance, overriding, attribute lookup along the MRO.
class Animal:
    sound = "..."
    legs = 4

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{self.name} has {self.legs} legs"

class Dog(Animal):
    sound = "woof"

class Bird(Animal):
    sound = "tweet"
    legs = 2

    def speak(self):
        return Animal.speak(self) + "!"

class Puppy(Dog):
    def __init__(self, name, age):
        Dog.__init__(self, name)
        self.age = age

    def describe(self):
        return super().describe() + f", age {self.age}"

for a in [Animal("generic"), Dog("rex"), Bird("tweety"), Puppy("bit", 1)]:
    print(type(a).__name__, a.speak(), "|", a.describe())

print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
print(Puppy.__bases__, Puppy.__base__)
print(isinstance(Puppy("x", 2), Dog), isinstance(Dog("y"), Puppy))

# multiple inheritance
class Swimmer:
    def move(self):
        return "swim"
    def swim_speed(self):
        return 3

class Flyer:
    def move(self):
        return "fly"
    def fly_speed(self):
        return 10

class Duck(Flyer, Swimmer):
    pass

class Penguin(Swimmer, Flyer):
    def fly_speed(self):
        return 0

d, pg = Duck(), Penguin()
print(d.move(), d.swim_speed(), d.fly_speed())
print(pg.move(), pg.swim_speed(), pg.fly_speed())
print([c.__name__ for c in Duck.__mro__])
print(Duck.__bases__)

# class attribute changes are seen by subclasses and instances
class Base:
    value = 1
class Derived(Base):
    pass
obj = Derived()
print(obj.value)
Base.value = 2
print(obj.value, Derived.value)
Derived.value = 3
print(obj.value, Base.value)
del Derived.value
print(obj.value)

# methods added to a class after creation
def extra(self):
    return "extra " + type(self).__name__
Base.extra = extra
print(obj.extra())

# subclass of subclass calling overridden methods through self
class Template:
    def run(self):
        return [self.step1(), self.step2()]
    def step1(self):
        return "base1"
    def step2(self):
        return "base2"
class Custom(Template):
    def step2(self):
        return "custom2"
print(Custom().run(), Template().run())

# errors
try:
    class Bad(1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Twice(Dog, Dog):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(d, Duck)
except TypeError as e:
    print(type(e).__name__, e)
