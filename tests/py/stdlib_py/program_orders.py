# A small order-processing program using several library modules together.
from collections import Counter, defaultdict, namedtuple, OrderedDict, deque
from dataclasses import dataclass, field
from enum import Enum, auto
from functools import lru_cache, total_ordering, reduce
from contextlib import contextmanager
import copy

class Status(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()

Item = namedtuple("Item", "sku price qty")

@total_ordering
@dataclass(eq=False)
class Order:
    oid: int
    customer: str
    items: list = field(default_factory=list)
    status: Status = Status.NEW
    def total(self):
        return reduce(lambda acc, it: acc + it.price * it.qty, self.items, 0)
    def __eq__(self, other): return self.total() == other.total()
    def __lt__(self, other): return self.total() < other.total()

log = deque(maxlen=3)
@contextmanager
def step(name):
    log.append(f"begin {name}")
    yield
    log.append(f"end {name}")

@lru_cache(maxsize=None)
def discount(customer):
    return 10 if customer.startswith("a") else 0

orders = [
    Order(1, "alice", [Item("pen", 2, 10), Item("ink", 7, 1)]),
    Order(2, "bob", [Item("pad", 5, 2)]),
    Order(3, "alice", [Item("pen", 2, 1)]),
    Order(4, "carol", [Item("ink", 7, 3), Item("pad", 5, 1)]),
]
with step("pay"):
    for o in orders[:3]:
        o.status = Status.PAID
by_customer = defaultdict(list)
for o in orders:
    by_customer[o.customer].append(o.oid)
skus = Counter()
for o in orders:
    for it in o.items:
        skus[it.sku] += it.qty
print(dict(by_customer))
print(skus.most_common(2), skus.total())
print(sorted(orders)[0].oid, max(orders).oid, [o.total() for o in orders])
print(Counter(o.status for o in orders))
totals = OrderedDict((o.oid, o.total() - discount(o.customer)) for o in orders)
totals.move_to_end(1)
print(totals, discount.cache_info())
snapshot = copy.deepcopy(orders[0])
snapshot.items.append(Item("box", 1, 1))
print(len(orders[0].items), len(snapshot.items), snapshot.status is Status.PAID)
print(list(log), [s.name for s in Status])
