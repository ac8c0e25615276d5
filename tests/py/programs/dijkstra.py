# shortest paths with a hand-written binary heap over a generated weighted graph
def heap_push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0:
        parent = (i - 1) // 2
        if heap[parent] <= heap[i]:
            break
        heap[parent], heap[i] = heap[i], heap[parent]
        i = parent
def heap_pop(heap):
    last = heap.pop()
    if not heap:
        return last
    top, heap[0] = heap[0], last
    i, n = 0, len(heap)
    while True:
        left, right, smallest = 2 * i + 1, 2 * i + 2, i
        if left < n and heap[left] < heap[smallest]:
            smallest = left
        if right < n and heap[right] < heap[smallest]:
            smallest = right
        if smallest == i:
            return top
        heap[i], heap[smallest] = heap[smallest], heap[i]
        i = smallest
N = 60
graph = {v: [] for v in range(N)}
seed = 7
for v in range(N):
    for k in range(3):
        seed = (seed * 48271) % 2147483647
        w = seed % N
        if w != v:
            graph[v].append((w, 1 + seed % 17))
def dijkstra(src):
    dist = {src: 0}
    prev = {}
    heap = [(0, src)]
    while heap:
        d, v = heap_pop(heap)
        if d > dist.get(v, float("inf")):
            continue
        for w, cost in graph[v]:
            nd = d + cost
            if nd < dist.get(w, float("inf")):
                dist[w] = nd
                prev[w] = v
                heap_push(heap, (nd, w))
    return dist, prev
dist, prev = dijkstra(0)
print(len(dist), sum(dist.values()), max(dist.values()))
for target in (5, 17, 33, 59):
    if target not in dist:
        print(target, "unreachable")
        continue
    path = [target]
    while path[-1] != 0:
        path.append(prev[path[-1]])
    print(target, dist[target], path[::-1])
h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heap_push(h, x)
print([heap_pop(h) for _ in range(7)])
