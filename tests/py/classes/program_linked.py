# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# A linked list and a binary search tree with recursion, dunders and iteration.
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push(it)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty list")
        v = self.head.value
        self.head = self.head.next
        self.size -= 1
        return v
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError("list index out of range")
    def __repr__(self):
        return "LL[" + " -> ".join(map(repr, self)) + "]"
    def reversed(self):
        out = LinkedList()
        for v in self:
            out.push(v)
        return out
    def __eq__(self, o):
        return isinstance(o, LinkedList) and list(self) == list(o)
    def __add__(self, o):
        return LinkedList(list(self) + list(o))

ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), ll[0], ll[-1], 2 in ll, ll.reversed(), ll + LinkedList("ab"))
print(ll.pop(), ll, ll == LinkedList([1, 2, 3]), ll != LinkedList([1]))
try:
    LinkedList().pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    ll[10]
except IndexError as e:
    print(type(e).__name__, e)

class BST:
    class _Node:
        def __init__(self, key):
            self.key = key
            self.left = self.right = None
    def __init__(self):
        self.root = None
        self.count = 0
    def insert(self, key):
        def rec(node):
            if node is None:
                self.count += 1
                return BST._Node(key)
            if key < node.key:
                node.left = rec(node.left)
            elif key > node.key:
                node.right = rec(node.right)
            return node
        self.root = rec(self.root)
        return self
    def __contains__(self, key):
        n = self.root
        while n:
            if key == n.key:
                return True
            n = n.left if key < n.key else n.right
        return False
    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.key
                yield from walk(n.right)
        return walk(self.root)
    def height(self, n=0):
        def h(node):
            return 0 if node is None else 1 + max(h(node.left), h(node.right))
        return h(self.root)
    def __len__(self):
        return self.count

t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    t.insert(k)
print(list(t), len(t), t.height(), 65 in t, 66 in t, BST._Node.__qualname__)
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(list(words), len(words))
deep = BST()
for k in range(200):
    deep.insert(k)
print(deep.height(), sum(deep))
